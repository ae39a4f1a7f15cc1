import os

D = '_tmp_chmod_access'


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
    import stat
    p = os.path.join(D, 'f')
    _touch(p)
    os.chmod(p, 0o640)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode))
    os.chmod(p, stat.S_IRWXU)
    print(oct(os.stat(p).st_mode & 0o777))
    print(os.access(p, os.F_OK), os.access(p, os.R_OK), os.access(os.path.join(D, 'no'), os.F_OK))
    try:
        os.chmod(os.path.join(D, 'no'), 0o600)
    except FileNotFoundError as e:
        print(e.errno, e.filename == os.path.join(D, 'no'))
finally:
    _rm(D)
print('clean', not os.path.exists(D))
