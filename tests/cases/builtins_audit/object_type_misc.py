print(object().__sizeof__() > 0, [].__sizeof__() > 0, "abc".__sizeof__() > 0)
print(sorted(object.__dir__(1))[:3] if False else type(object.__dir__(1)).__name__)
class A:
    def __init__(self):
        self.x = 1
print("x" in A().__dir__(), "__init__" in A().__dir__())
print(type.__instancecheck__(int, 1), type.__instancecheck__(int, True), type.__instancecheck__(int, "s"))
print(type.__subclasscheck__(int, bool), type.__subclasscheck__(bool, int), type.__subclasscheck__(object, A))
def g():
    yield 1
gen = g()
print(gen.__iter__() is gen, next(gen.__iter__()))
print(callable(aiter), callable(anext), __debug__)
try:
    aiter(1)
except TypeError as e:
    print("TypeError", e)
try:
    anext(1)
except TypeError as e:
    print("TypeError", e)

class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n

async def main():
    it = aiter(AIt())
    print(await anext(it), await anext(it))
    async for v in it:
        print("v", v)
co = main()
try:
    co.send(None)
except StopIteration:
    pass
