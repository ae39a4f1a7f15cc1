# generator functions as methods, including __iter__ written as a generator
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()))
for depth, value in t.walk():
    print("  " * depth + str(value))
print(sum(t), max(t), 5 in t, 9 in t)
g = t.leaves()
print(type(g).__name__, next(g), next(g))
print(list(g))

class Counter:
    def __init__(self):
        self.n = 0

    def ticks(self, k):
        for _ in range(k):
            self.n += 1
            received = yield self.n
            if received:
                self.n += received

c = Counter()
gen = c.ticks(3)
print(next(gen), gen.send(10), next(gen), c.n)
try:
    next(gen)
except StopIteration:
    print("done", c.n)
print(list(zip(t, t.leaves())))
