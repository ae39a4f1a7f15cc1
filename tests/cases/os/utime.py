import os

D = '_tmp_utime'


def _rm(p):
    if os.path.islink(p) or os.path.isfile(p):
        os.remove(p)
    elif os.path.isdir(p):
        for n in os.listdir(p):
            _rm(os.path.join(p, n))
        os.rmdir(p)


def _touch(p, data=''):
    with open(p, 'w') as f:
        f.write(data)


_rm(D)
os.mkdir(D)
try:
    p = os.path.join(D, 'f')
    _touch(p)
    os.utime(p, (1000000000, 1200000000))
    s = os.stat(p)
    print(s.st_atime, s.st_mtime, s[7], s[8])
    os.utime(p, ns=(1500000000123456789, 1600000000987654321))
    s = os.stat(p)
    print(s.st_atime_ns, s.st_mtime_ns)
    os.utime(p, (1.5, 2.25))
    print(os.path.getatime(p), os.path.getmtime(p))
    os.utime(p)
    print(os.path.getmtime(p) > 1600000000)
    try:
        os.utime(p, (1, 2), ns=(1, 2))
    except ValueError as e:
        print(e)
    try:
        os.utime(p, 5)
    except TypeError as e:
        print(e)
    try:
        os.utime(os.path.join(D, 'missing'), None)
    except FileNotFoundError as e:
        print(e.errno)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
