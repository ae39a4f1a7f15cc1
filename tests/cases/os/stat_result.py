import os

D = '_tmp_stat_result'


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
    _touch(p, 'hello')
    s = os.stat(p)
    import stat
    print(type(s).__name__, type(s).__module__, isinstance(s, tuple), len(s))
    print(s.st_size, s[6], stat.S_ISREG(s.st_mode), stat.S_ISDIR(s.st_mode))
    print(repr(s).startswith('os.stat_result(st_mode='), repr(s).endswith(')'))
    print(type(s.st_mtime).__name__, type(s.st_mtime_ns).__name__, type(s[8]).__name__)
    print(s[8] == int(s.st_mtime), s.st_mtime_ns // 10**9 == s[8])
    print(s.st_nlink, s.st_uid == os.getuid(), s.st_ino == s[1], s.st_dev == s[2])
    print(s.st_blksize > 0, s.st_blocks >= 0, type(s.st_rdev).__name__)
    print(os.stat(D).st_mode & 0o170000 == stat.S_IFDIR)
    print(os.stat(p) == s)
    m, i, *_ = s
    print(m == s.st_mode)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
