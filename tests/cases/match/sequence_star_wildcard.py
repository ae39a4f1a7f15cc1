# With *_ items are fetched by index (non-negative indices, via __getitem__ and __len__);
# [*_] only checks the type
class Loud(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return list.__getitem__(self, i)

    def __len__(self):
        print("  len")
        return list.__len__(self)


match Loud([10, 20, 30, 40]):
    case [a, *_, b]:
        print("a b", a, b)
match Loud([10, 20, 30, 40]):
    case [*_, x, y]:
        print("x y", x, y)
match Loud([1]):
    case [*_]:
        print("any sequence")
match [1, 2, 3]:
    case [_, *_, _]:
        print("at least two")
match [1]:
    case [_, *_, _]:
        print("unexpected")
    case _:
        print("too short")
