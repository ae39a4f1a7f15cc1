import os

D = '_tmp_walk_topdown'


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
    for p in ['a/b/c', 'a/d', 'e']:
        os.makedirs(os.path.join(D, p))
    for p in ['a/f1', 'a/b/f2', 'e/f3', 'top']:
        _touch(os.path.join(D, p))
    for top, dirs, files in os.walk(D):
        dirs.sort()
        print(top, dirs, sorted(files))
    print('--- pruned')
    for top, dirs, files in os.walk(D):
        dirs[:] = sorted(d for d in dirs if d != 'a')
        print(top, dirs, sorted(files))
finally:
    _rm(D)
print('clean', not os.path.exists(D))
