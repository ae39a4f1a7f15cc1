# None and bool values, truthiness and printing
print(None, True, False)
print(repr(None), repr(True), str(False))
print(True + True, True * 10, False - 1)
print(True == 1, False == 0, True is True)
print(type(None).__name__, type(True).__name__)
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, None]
for v in values:
    print(repr(v), bool(v))
print(not None, not 0, not "x")
print(None is None, None == None, None is not None)
x = None
if x is None:
    print("x is None")
print(bool(None) == False)
print(int(True), float(False), str(True))
print(True and "yes", False or "fallback", None or 0 or "last")
print(0 and 1, 1 and 0, "" or [] or ())
print(isinstance(True, int), isinstance(1, bool))
print(True > False, max(True, False), sum([True, True, False]))
