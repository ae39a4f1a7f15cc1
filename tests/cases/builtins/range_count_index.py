# range.count/index: arithmetic for ints, item comparison otherwise; subclasses' __eq__ wins.
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(9.0), r.count(True), r.index(False))
for bad in (lambda: r.index(10), lambda: r.index(10.5), lambda: r.index("a"), lambda: range(5).index(), lambda: range.index(1, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(range(10**20, 10**20 + 5).index(10**20 + 2), range(10**20, 0, -7).count(10**20 - 14))
print(range(10, 0, -2).index(4), range(0).count(0), range(-5, 5).index(-5))
class I(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(range(3).count(I(7)), range(3).index(I(7)))
class J(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(0 == J(7), [0].count(J(7)), J(7) in [0], 0 in [J(7)])
