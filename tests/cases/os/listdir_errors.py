import os

D = '_tmp_listdir_errors'


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
    _touch(os.path.join(D, 'f'))
    for p in [os.path.join(D, 'missing'), os.path.join(D, 'f')]:
        try:
            os.listdir(p)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename)
    try:
        os.listdir(3.5)
    except TypeError as e:
        print(e)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
