from array import array
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for code in 'bBhHiIlLqQ':
    for v in [-2**64, -2**63, -2**31 - 1, -129, -1, 0, 127, 128, 255, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64]:
        t(array, code, [v])
t(array, 'b', [True])
class I:
    def __index__(self):
        return 3
t(array, 'b', [I()])
t(array, 'd', [I()])
t(array, 'i', [2**100])
t(array, 'b', [1.5])
t(array, 'b', ['a'])
t(array, 'f', ['a'])
t(array, 'd', [None])
t(array, 'u', [1])
t(array, 'u', ['ab'])
