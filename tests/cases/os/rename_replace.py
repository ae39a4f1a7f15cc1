import os

D = '_tmp_rename_replace'


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
    a = os.path.join(D, 'a')
    b = os.path.join(D, 'b')
    _touch(a, 'A')
    os.rename(a, b)
    print(os.path.exists(a), os.path.exists(b))
    _touch(a, 'AA')
    os.replace(a, b)
    print(open(b).read())
    try:
        os.rename(a, b)
    except FileNotFoundError as e:
        print(e)
        print(e.errno, e.filename, e.filename2, e.args)
    try:
        os.replace('nope1', 'nope2')
    except OSError as e:
        print(str(e))
finally:
    _rm(D)
print('clean', not os.path.exists(D))
