# PEP 604 unions (int | str) and PEP 585 aliases (list[int]) as annotations evaluate them.
u = int | str
print(u, type(u), u.__args__, int | None, None | int, int | int, (int | str) | float)
print(int | str == str | int, hash(int | str) == hash(str | int), int | str == int | float)
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, int | str))
def f(x: int | None = None, y: list[int] = [], z: dict[str, list[int]] = {}) -> tuple[int, ...]:
    return x
print(f.__annotations__)
print(list[int], list[int].__origin__, list[int].__args__, list[int]([1, 2]), type(list[int]))
print(list[int] == list[int], list[int] == list[str], dict[str, int])
try: isinstance([], list[int])
except TypeError as e: print(e)
try: None | None
except TypeError as e: print(e)
try: int | "x"
except TypeError as e: print(e)
class C: pass
print(C | None, list[C])
print(tuple[()], type[int])
