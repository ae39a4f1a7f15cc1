# eval() of a generator function's code makes a generator.
def gen():
    yield 1
    yield 2
g = eval(gen.__code__)
print(type(g).__name__, list(g))
print(exec(gen.__code__))
