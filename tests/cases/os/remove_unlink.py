import os

D = '_tmp_remove_unlink'


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
    p = os.path.join(D, 'f.txt')
    _touch(p)
    os.remove(p)
    print(os.path.exists(p))
    _touch(p)
    os.unlink(p)
    print(os.path.exists(p))
    for f in (os.remove, os.unlink):
        try:
            f(p)
        except FileNotFoundError as e:
            print(f.__name__, e)
    try:
        os.remove(D)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
