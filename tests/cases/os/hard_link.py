import os

D = '_tmp_hard_link'


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
    a = os.path.join(D, 'a')
    b = os.path.join(D, 'b')
    _touch(a, 'data')
    os.link(a, b)
    print(os.stat(a).st_nlink, os.path.samefile(a, b), os.stat(a).st_ino == os.stat(b).st_ino)
    os.remove(a)
    print(os.stat(b).st_nlink, open(b).read())
finally:
    _rm(D)
print('clean', not os.path.exists(D))
