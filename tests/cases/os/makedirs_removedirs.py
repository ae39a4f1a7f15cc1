import os

D = '_tmp_makedirs_removedirs'


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
    p = os.path.join(D, 'x', 'y', 'z')
    os.makedirs(p)
    print(os.path.isdir(p))
    os.makedirs(p, exist_ok=True)
    try:
        os.makedirs(p)
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    _touch(os.path.join(D, 'file'))
    try:
        os.makedirs(os.path.join(D, 'file'), exist_ok=True)
    except FileExistsError as e:
        print('file in the way', e.errno)
    os.removedirs(p)
    print(os.path.exists(os.path.join(D, 'x')), os.path.exists(D))
    os.makedirs(os.path.join(D, 'm', 'n') + '/')
    print(os.path.isdir(os.path.join(D, 'm', 'n')))
    os.renames(os.path.join(D, 'file'), os.path.join(D, 'r', 's', 'file2'))
    print(os.path.isfile(os.path.join(D, 'r', 's', 'file2')), os.path.exists(os.path.join(D, 'file')))
finally:
    _rm(D)
print('clean', not os.path.exists(D))
