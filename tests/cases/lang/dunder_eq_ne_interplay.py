# __ne__ defaults to inverting __eq__; explicit __ne__ wins; NotImplemented from both sides -> identity
class E:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        return NotImplemented if not isinstance(o, E) else self.k == o.k
print(E(1) != E(1), E(1) != E(2), E(1) == "x", E(1) != "x")
class Ne(E):
    def __ne__(self, o):
        return "custom ne"
print(Ne(1) != Ne(1), E(1) != Ne(1))
class Always:
    def __eq__(self, o): return "truthy string"
print(Always() == 1, 1 == Always(), Always() != 1)
class NonBoolEq:
    def __eq__(self, o): return [1]
print([NonBoolEq()] == [NonBoolEq()])
print(NonBoolEq() in [1, 2])
x = NonBoolEq()
print([x] == [x], x in [x])
class Nan:
    def __eq__(self, o): return False
n = Nan()
print(n == n, n in [n], [n] == [n], n in (n,), {1: n} == {1: n})
