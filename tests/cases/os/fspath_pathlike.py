import os


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('x')), os.fspath(P(b'y')))
for bad in [1, None, [1]]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
try:
    os.fspath(P(3))
except TypeError as e:
    print(e)
print(isinstance(P('a'), os.PathLike), issubclass(P, os.PathLike), isinstance('a', os.PathLike))
print(issubclass(int, os.PathLike))
print(os.path.join(P('a'), P('b')), os.path.basename(P('x/y')))
try:
    os.stat(P('_missing_fspath_case'))
except FileNotFoundError as e:
    print(type(e.filename).__name__)
try:
    os.stat(P(5))
except TypeError as e:
    print(e)


class Q(os.PathLike):
    def __fspath__(self):
        return 'q'


print(os.fspath(Q()), isinstance(Q(), os.PathLike))
