import os

D = '_tmp_walk_bottomup'


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
    for p in ['a/b', 'c']:
        os.makedirs(os.path.join(D, p))
    _touch(os.path.join(D, 'a/b/x'))
    res = sorted((t, sorted(d), sorted(f)) for t, d, f in os.walk(D, topdown=False))
    for r in res:
        print(r)
    order = [t for t, d, f in os.walk(D, topdown=False)]
    print(order[-1] == D, order.index(os.path.join(D, 'a', 'b')) < order.index(os.path.join(D, 'a')))
    errors = []
    print(list(os.walk(os.path.join(D, 'missing'), onerror=errors.append)))
    print(len(errors), type(errors[0]).__name__, errors[0].filename == os.path.join(D, 'missing'))
    print(list(os.walk(os.path.join(D, 'missing'))))
finally:
    _rm(D)
print('clean', not os.path.exists(D))
