import os

D = '_tmp_truncate'


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
    _touch(p, '0123456789')
    os.truncate(p, 4)
    print(open(p).read(), os.path.getsize(p))
    os.truncate(p, 8)
    print(os.path.getsize(p), repr(open(p).read()))
    try:
        os.truncate(os.path.join(D, 'none'), 0)
    except FileNotFoundError as e:
        print(e.errno)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
