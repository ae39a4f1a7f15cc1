import operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for a, b in [(7, 3), (-7, 2), (2.5, 0.5), (True, 5)]:
    print(a, b, op.add(a, b), op.sub(a, b), op.mul(a, b), op.truediv(a, b),
          op.floordiv(a, b), op.mod(a, b), op.pow(a, b))
    print(op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
    print(op.neg(a), op.pos(a), op.abs(a), op.not_(a), op.truth(a))
for a, b in [(12, 10), (-5, 3), (True, False)]:
    if a is True:
        print(op.and_(a, b), op.or_(a, b), op.xor(a, b))
        continue
    print(op.and_(a, b), op.or_(a, b), op.xor(a, b), op.inv(a), op.invert(b),
          op.lshift(a, 2), op.rshift(a, 1))
print(op.is_(None, None), op.is_not(None, 0), op.is_([], []), op.truth([]), op.not_(''))
print(op.index(5), op.index(True), op.index(-3))

class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v + 1)
    def __index__(self):
        return self.v

print(op.matmul(M(3), M(4)).v, op.index(M(9)))
show('index float', lambda: op.index(1.5))
show('index str', lambda: op.index('3'))
show('div zero', lambda: op.truediv(1, 0))
show('add mismatch', lambda: op.add(1, 'a'))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1, 2], reverse=True))
print(op.call(dict, a=1, b=2))

# dunder aliases
pairs = [('__add__', 'add'), ('__sub__', 'sub'), ('__lt__', 'lt'), ('__not__', 'not_'),
         ('__and__', 'and_'), ('__or__', 'or_'), ('__inv__', 'inv'), ('__invert__', 'invert'),
         ('__getitem__', 'getitem'), ('__concat__', 'concat'), ('__iadd__', 'iadd'),
         ('__call__', 'call'), ('__index__', 'index'), ('__abs__', 'abs'), ('__pow__', 'pow')]
for d, n in pairs:
    print(d, getattr(op, d)(*([4, 2] if n not in ('not_', 'inv', 'invert', 'index', 'abs', 'getitem', 'concat', 'call') else
                               {'not_': [0], 'inv': [4], 'invert': [4], 'index': [4], 'abs': [-4],
                                'getitem': [[5, 6], 1], 'concat': [[1], [2]], 'call': [len, 'abc']}[n])))
print(op.add.__name__, op.not_.__name__, op.attrgetter.__name__)
print(sorted(op.__all__) == sorted(set(op.__all__)), len(op.__all__))
print(op.abs(-2.5), abs(-3))
