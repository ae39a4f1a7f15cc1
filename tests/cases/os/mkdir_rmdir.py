import os

D = '_tmp_mkdir_rmdir'


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
    p = os.path.join(D, 'new')
    os.mkdir(p)
    print(os.path.isdir(p))
    try:
        os.mkdir(p)
    except FileExistsError as e:
        print(e)
    _touch(os.path.join(p, 'x'))
    try:
        os.rmdir(p)
    except OSError as e:
        print(type(e).__name__, e)
    os.remove(os.path.join(p, 'x'))
    os.rmdir(p)
    print(os.path.exists(p))
    try:
        os.rmdir(p)
    except FileNotFoundError as e:
        print(e)
    try:
        os.mkdir(os.path.join(D, 'a', 'b'))
    except FileNotFoundError as e:
        print(e.errno, e.filename)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
