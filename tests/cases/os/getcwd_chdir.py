import os

D = '_tmp_getcwd_chdir'


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
    start = os.getcwd()
    print(os.path.isabs(start), type(os.getcwdb()).__name__)
    os.chdir(D)
    print(os.getcwd() == os.path.join(start, D), os.path.basename(os.getcwd()))
    os.chdir('..')
    print(os.getcwd() == start)
    try:
        os.chdir('no_such_dir')
    except FileNotFoundError as e:
        print(e)
finally:
    _rm(D)
print('clean', not os.path.exists(D))
