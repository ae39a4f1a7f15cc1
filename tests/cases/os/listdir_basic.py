import os

D = '_tmp_listdir_basic'


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
    for n in ['b.txt', 'a.txt', 'c']:
        _touch(os.path.join(D, n))
    os.mkdir(os.path.join(D, 'sub'))
    print(sorted(os.listdir(D)))
    print(sorted(os.listdir(D.encode())))
    print(os.listdir(os.path.join(D, 'sub')))
    print(D in os.listdir(), D in os.listdir('.'), D in os.listdir(None))
finally:
    _rm(D)
print('clean', not os.path.exists(D))
