# __call__ on instances: stateful callables, as decorators, callable() checks
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1, *, reset=False):
        if reset:
            self.n = 0
        self.n += step
        return self.n
c = Counter()
print(c(), c(), c(5), c(reset=True), callable(c), callable(Counter))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.misses, type(fib).__name__)
class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x + self.k
print(list(map(Adder(10), [1, 2, 3])), sorted([3, 1, 2], key=Adder(-1)))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable()), callable(print), callable(None), callable(lambda: 0))
class Later:
    pass
obj = Later()
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print("TypeError:", e)
Later.__call__ = lambda self: "class attr"
print(obj())
try:
    c(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    c(bogus=1)
except TypeError as e:
    print("TypeError:", e)
