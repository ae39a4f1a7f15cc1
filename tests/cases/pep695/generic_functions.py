# Generic functions: defaults, keyword defaults, decorators, closures over T, qualnames.
def deco(f):
    print("decorating", f.__name__, f.__qualname__, f.__type_params__)
    return f

@deco
def first[T](items: list[T], default: T = None, *, strict: bool = False) -> T:
    return items[0] if items else default

print(first([1, 2]), first([], "d"), first.__defaults__, first.__kwdefaults__)
print(first.__annotations__)

def outer():
    def inner[U](x: U) -> list[U]:
        def helper() -> U:
            return x
        return [helper()]
    return inner

f = outer()
print(f.__qualname__, f(5), f.__type_params__)

class Box:
    def put[V](self, v: V) -> V:
        return v
    @classmethod
    def make[V](cls, v: V):
        return cls, v

print(Box().put(3), Box.make(4)[1], Box.put.__qualname__, Box.put.__type_params__)

async def agen[T](x: T) -> T:
    return x

c = agen(7)
try:
    c.send(None)
except StopIteration as e:
    print("async result", e.value)
