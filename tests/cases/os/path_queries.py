import os

D = '_tmp_path_queries'


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
    f = os.path.join(D, 'f')
    _touch(f, 'x' * 42)
    print(os.path.exists(f), os.path.isfile(f), os.path.isdir(f), os.path.islink(f))
    print(os.path.exists(D), os.path.isdir(D), os.path.isfile(D))
    print(os.path.exists('missing'), os.path.isfile('missing'), os.path.isdir('missing'), os.path.getsize(f))
    print(os.path.exists('bad\0path'), os.path.isdir(''))
    print(os.path.abspath(D) == os.path.join(os.getcwd(), D), os.path.abspath('/a/../b'))
    print(os.path.realpath(D) == os.path.realpath(os.path.abspath(D)), os.path.ismount('/'), os.path.ismount(D))
    print(type(os.path.getmtime(f)).__name__, os.path.getctime(f) > 0, os.path.getatime(f) > 0)
    try:
        os.path.getsize('missing')
    except FileNotFoundError as e:
        print(e)
    os.symlink(os.path.abspath(f), os.path.join(D, 'l'))
    print(os.path.realpath(os.path.join(D, 'l')) == os.path.realpath(f))
    print(os.path.isjunction(D))
finally:
    _rm(D)
print('clean', not os.path.exists(D))
