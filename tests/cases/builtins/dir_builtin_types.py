# dir() of the builtin value types and their instances
for t in (int, float, str, list, tuple, dict, set, frozenset, complex, bool, range,
          type(None), slice):
    print(t.__name__, dir(t))
print(dir(5) == dir(int), dir('') == dir(str), dir(range(3)) == dir(range))


class MyInt(int):
    pass


print([n for n in dir(MyInt(1)) if not n.startswith('__')])
