import operator as op

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Node:
    def __init__(self, name, child=None, **kw):
        self.name = name
        self.child = child
        self.__dict__.update(kw)
    def greet(self, greeting='hi', *, punct='!'):
        return '%s %s%s' % (greeting, self.name, punct)

tree = Node('root', Node('kid', Node('grandkid')), size=3)
g = op.attrgetter('name')
print(g(tree), repr(g))
g2 = op.attrgetter('child.child.name', 'size', 'child.name')
print(g2(tree))
print(repr(g2), repr(op.attrgetter('a.b')))
show('attr missing', lambda: op.attrgetter('child.nope')(tree))
show('attr dotted none', lambda: op.attrgetter('child.child.child.name')(tree))
show('attr no args', lambda: op.attrgetter())
show('attr not str', lambda: op.attrgetter('a', 1))
show('attr call 0', lambda: g())
show('attr call 2', lambda: g(1, 2))
print(op.attrgetter('real', 'imag')(3 + 4j))

ig = op.itemgetter(1)
ig3 = op.itemgetter(0, -1, 1)
print(ig('abc'), ig3('abcdef'), ig3([10, 20, 30]))
print(repr(ig), repr(ig3), repr(op.itemgetter('k', (1, 2), None)))
print(op.itemgetter('x', 'y')({'x': 1, 'y': 2}), op.itemgetter(slice(1, 3))([5, 6, 7, 8]))
show('item missing', lambda: op.itemgetter(5)([1]))
show('item no args', lambda: op.itemgetter())
show('item call 2', lambda: ig(1, 2))

mc = op.methodcaller('greet')
mc2 = op.methodcaller('greet', 'hello', punct='?')
print(mc(tree), mc2(tree))
print(repr(mc), repr(mc2), repr(op.methodcaller('f', 1, k=2)))
print(repr(op.methodcaller('split', ',', maxsplit=1)), op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(op.methodcaller('upper')('abc'), op.methodcaller('count', 'a')('banana'))
show('mc no args', lambda: op.methodcaller())
show('mc not str', lambda: op.methodcaller(5))
show('mc missing', lambda: op.methodcaller('nope')(3))
show('mc call 2', lambda: mc(1, 2))
print(op.methodcaller('get', 'name', 0)({}), op.methodcaller('pop', 'k', None)({}), op.methodcaller('__len__')([1, 2]))

print(g.__reduce__(), ig3.__reduce__(), op.methodcaller('f', 1).__reduce__())

records = [('bob', 3, 'b'), ('amy', 3, 'a'), ('cat', 1, 'c'), ('dan', 2, 'a')]
print(sorted(records, key=op.itemgetter(1)))
print(sorted(records, key=op.itemgetter(2, 0)))
print(sorted(records, key=op.itemgetter(1, 0), reverse=True))
print(list(map(op.itemgetter(0), records)))
nodes = [Node('z'), Node('a'), Node('m')]
print([n.name for n in sorted(nodes, key=op.attrgetter('name'))])
print(list(map(op.methodcaller('greet', 'yo'), nodes)))
