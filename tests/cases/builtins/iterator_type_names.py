# Builtin iterators have CPython's type names.
for x in ([], (), "abc", "é", range(3), range(2**70), {}.keys(), {}.values(), {}.items(), {1}, frozenset(), b"x", {1: 2}):
    print(type(iter(x)).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed("ab")).__name__, type(iter(int, 1)).__name__)
try: iter([])()
except TypeError as e: print(e)
