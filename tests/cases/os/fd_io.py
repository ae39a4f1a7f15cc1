import os

D = '_tmp_fd_io'


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
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, fd > 2)
    print(os.write(fd, b'hello world'))
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 5), os.lseek(fd, 0, os.SEEK_SET))
    print(os.fstat(fd).st_size, os.get_inheritable(fd))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError as e:
        print(e.errno, e.filename == p)
    try:
        os.open(os.path.join(D, 'none'), os.O_RDONLY)
    except FileNotFoundError as e:
        print(e.strerror)
    fd = os.open(p, os.O_RDWR | os.O_APPEND)
    os.write(fd, b'!')
    os.ftruncate(fd, 3)
    os.fsync(fd)
    os.close(fd)
    print(open(p).read())
    try:
        os.write(1, 'text')
    except TypeError as e:
        print(e)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
