# Builtin reprs reachable from subclasses via super(); subclass reprs of dict/set/frozenset.
class Stack(list):
    def __repr__(self): return "Stack" + super().__repr__()
class D(dict):
    def __repr__(self): return "D" + super().__repr__()
class I(int):
    def __repr__(self): return "I(" + super().__repr__() + ")"
class S(str):
    def __repr__(self): return "S" + super().__repr__()
class F(float):
    pass
s = Stack([1, 2]); s.append(s)
print(s, D(a=1), I(5), S("x"), repr(F(1.5)), list.__repr__([1]), str(I(3)), f"{I(4)!r}")
print(tuple.__repr__((1,)), set.__repr__({1}), frozenset.__repr__(frozenset()), range.__repr__(range(3)), float.__repr__(0.1))
class S2(set): pass
class F2(frozenset): pass
print(S2({1}), S2(), F2({1}), F2(), set(), frozenset(), frozenset({2}))
class D2(dict): pass
print(repr(D2(a=1)))
class L2(list): pass
print(L2([1]))
