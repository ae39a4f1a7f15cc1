import os

D = '_tmp_scandir_entries'


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
    _touch(os.path.join(D, 'f1'), '12345')
    os.mkdir(os.path.join(D, 'd1'))
    with os.scandir(D) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(D, e.name), e.is_dir(), e.is_file(), e.is_symlink())
    f = entries[1]
    print(f.stat().st_size, f.inode() == f.stat().st_ino, os.fspath(f) == f.path)
    print(type(f).__name__, isinstance(f, os.DirEntry), isinstance(f, os.PathLike))
    print(sorted(e.name for e in os.scandir(D.encode())))
    print(type(next(iter(os.scandir(D.encode()))).name).__name__)
    it = os.scandir(D)
    it.close()
    print(list(it))
    try:
        os.scandir(os.path.join(D, 'missing'))
    except FileNotFoundError as e:
        print(e.errno, e.strerror)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
