import operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('concat list', lambda: op.concat([1, 2], [3]))
show('concat str', lambda: op.concat('ab', 'cd'))
show('concat tuple', lambda: op.concat((1,), (2, 3)))
show('concat int', lambda: op.concat(1, 2))
show('concat dict', lambda: op.concat({}, {}))
show('concat list int', lambda: op.concat([1], 5))
show('iconcat int', lambda: op.iconcat(3, 4))
show('contains', lambda: (op.contains([1, 2, 3], 2), op.contains('abc', 'z'), op.contains({'k': 1}, 'k')))
show('contains int', lambda: op.contains(5, 1))
show('countOf', lambda: (op.countOf([1, 2, 1, 1.0, True], 1), op.countOf('banana', 'a'), op.countOf(iter([3, 3]), 3)))
nan = float('nan')
show('countOf nan', lambda: op.countOf([nan, nan, 1], nan))
show('countOf int', lambda: op.countOf(5, 1))
show('indexOf', lambda: (op.indexOf([5, 6, 7, 6], 6), op.indexOf('xyz', 'z'), op.indexOf((x for x in range(10)), 4)))
show('indexOf missing', lambda: op.indexOf([1, 2], 3))
show('indexOf int', lambda: op.indexOf(7, 1))

d = {'a': 1}
op.setitem(d, 'b', 2)
print(d, op.getitem(d, 'a'))
op.delitem(d, 'a')
print(d)
lst = list(range(10))
print(op.getitem(lst, slice(2, 8, 2)), op.getitem(lst, -1))
op.setitem(lst, slice(0, 3), ['x'])
op.delitem(lst, slice(None, None, 3))
print(lst)
show('getitem missing', lambda: op.getitem({}, 'q'))
show('delitem range', lambda: op.delitem([], 0))

class Hint:
    def __init__(self, h):
        self.h = h
    def __length_hint__(self):
        return self.h

class Sized:
    def __len__(self):
        return 4
    def __length_hint__(self):
        return 99

print(op.length_hint([1, 2, 3]), op.length_hint('abcd'), op.length_hint({1: 2}))
print(op.length_hint(Hint(5)), op.length_hint(Hint(NotImplemented), 12), op.length_hint(object(), 3))
print(op.length_hint(Sized()), op.length_hint(5, 8))
show('hint str', lambda: op.length_hint(Hint('x')))
show('hint negative', lambda: op.length_hint(Hint(-1)))
show('hint default', lambda: op.length_hint([], 'x'))
