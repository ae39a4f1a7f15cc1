a = [1]
r = a.__iadd__([2, 3])
print(r is a, a)
print(a.__iadd__((4,)), a.__iadd__(iter([5])))
print(a.__imul__(2) is a, a)
print([1, 2].__imul__(0), [1].__imul__(-1))
try:
    [1].__imul__("x")
except TypeError as e:
    print("TypeError", e)
try:
    [1].__iadd__(5)
except TypeError as e:
    print("TypeError", e)
d = {1: 2}
print(d.__ior__({3: 4}) is d, d, d.__ior__([(5, 6)]))
print({1: 2}.__ror__({3: 4}), {1: 2}.__or__({1: 3}), {1: 2}.__ror__([1]))
s = {1, 2}
print(s.__ior__({3}) is s, s)
print(s.__iand__({1, 3, 9}), s.__isub__({1}), s.__ixor__({7}), s.__iand__([1]))
print(sorted({1}.__rand__({1, 2})), sorted({1}.__ror__({2})), sorted({1, 2}.__rsub__({2, 3})))
print(sorted({1}.__rxor__({2})), frozenset({1}).__ror__({2}), type(frozenset({1}).__ror__({2})))
print(sorted(frozenset({1, 2}).__rsub__({1, 5})), {1}.__rand__([1]))
print("ab".__getnewargs__(), b"ab".__getnewargs__(), (1, 2).__getnewargs__())
print("%s".__rmod__(1), "x".__mod__(()))
print(hasattr([], "__mod__"), hasattr((), "__mod__"), hasattr(1.5, "__and__"), hasattr(1.5, "__invert__"))
