import os

D = '_tmp_symlink_readlink'


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
    t = os.path.join(D, 'target')
    l = os.path.join(D, 'link')
    _touch(t, 'abc')
    os.symlink('target', l)
    print(os.readlink(l), os.readlink(l.encode()))
    print(os.path.islink(l), os.path.islink(t), os.path.isfile(l))
    import stat
    print(stat.S_ISLNK(os.lstat(l).st_mode), stat.S_ISREG(os.stat(l).st_mode))
    print(os.stat(l, follow_symlinks=False).st_mode == os.lstat(l).st_mode)
    os.remove(t)
    print(os.path.exists(l), os.path.lexists(l))
    try:
        os.stat(l)
    except FileNotFoundError as e:
        print(e.errno)
    try:
        os.readlink(os.path.join(D, 'nolink'))
    except FileNotFoundError as e:
        print(e.strerror)
    try:
        os.symlink('x', l)
    except FileExistsError as e:
        print(type(e).__name__, e.filename == 'x', e.filename2 == l)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
