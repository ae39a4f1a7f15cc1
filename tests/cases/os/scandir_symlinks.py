import os

D = '_tmp_scandir_symlinks'


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
    os.mkdir(os.path.join(D, 'real'))
    os.symlink('real', os.path.join(D, 'link'))
    os.symlink('gone', os.path.join(D, 'broken'))
    for e in sorted(os.scandir(D), key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file(), e.is_symlink())
finally:
    _rm(D)
print('clean', not os.path.exists(D))
