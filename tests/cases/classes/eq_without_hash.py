# defining __eq__ without __hash__ makes instances unhashable
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P.__hash__)
for action in ("hash", "set", "dict", "in-set"):
    try:
        if action == "hash":
            hash(P(1))
        elif action == "set":
            {P(1)}
        elif action == "dict":
            {P(1): "x"}
        else:
            P(1) in {1, 2}
    except TypeError as e:
        print(action, "->", e)
class H(P):
    def __hash__(self):
        return hash(self.v)
print(len({H(1), H(1), H(2)}), H(3) in {H(3)}, {H(1): "a"}[H(1)])
class Plain:
    pass
print(hash(Plain()) == hash(Plain()) or True, len({Plain(), Plain()}))
class Inherit(P):
    pass
try:
    hash(Inherit(1))
except TypeError as e:
    print("Inherit:", e)
class Explicit:
    __hash__ = None
try:
    {Explicit()}
except TypeError as e:
    print("Explicit:", e)
class Ne:
    def __ne__(self, other):
        return True
print(len({Ne(), Ne()}), Ne() != Ne())
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly() == 5, 5 == EqOnly(), EqOnly() != 3, [EqOnly()].count(1), 7 in [EqOnly()])
print(EqOnly() in [1, 2], [1, 2].index(EqOnly()))
