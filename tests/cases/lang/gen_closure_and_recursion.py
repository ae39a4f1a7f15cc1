# recursive generators (tree walk, permutations) and generators closing over changing variables
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.v
        yield from inorder(n.right)
tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(tree)))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
def make_gens():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g())
    return gens
print([next(g) for g in make_gens()])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
