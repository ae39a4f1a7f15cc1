import operator as op

a = [1, 2]
b = op.iadd(a, [3])
print(a, b, a is b)
c = op.iconcat(a, (4, 5))
print(a, c is a)
t = (1,)
u = op.iadd(t, (2,))
print(t, u)
s = {1, 2, 3}
print(op.iand(s, {2, 3, 4}), s)
print(op.ior(s, {9}), op.ixor(s, {2, 10}), s)
print(op.isub(s, {9}), s)
n = 17
for f in (op.iadd, op.isub, op.imul, op.ifloordiv, op.imod, op.ipow, op.ilshift,
          op.irshift, op.iand, op.ior, op.ixor, op.itruediv):
    print(f.__name__, f(n, 3))
print(n)
m = [0]
print(op.imul(m, 3), m)

class Acc:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(('iadd', o))
        return self
    def __imatmul__(self, o):
        self.log.append(('imatmul', o))
        return 'replaced'
    def __matmul__(self, o):
        return 'plain'

x = Acc()
print(op.iadd(x, 1) is x, op.imatmul(x, 2), x.log)

class OnlyAdd:
    def __add__(self, o):
        return 'added %r' % (o,)

print(op.iadd(OnlyAdd(), 5))
try:
    op.isub('a', 'b')
except TypeError as e:
    print('TypeError', e)
print(op.__iadd__ is op.iadd, op.__ixor__ is op.ixor)
