# __index__ as the count for sequence repetition and as a subscript; its errors propagate.
class A:
    def __index__(self):
        return 2


class Self:
    def __index__(self):
        return self


class Boom:
    def __index__(self):
        raise KeyError("boom")


print([1, 2, 3][A()], (5, 6, 7)[A()], "xyz"[A()], range(5)[A()])
print([1, 2, 3, 4][A():], "abcd"[:A()], "ab" * A(), A() * [0], (1,) * A())
for probe in (lambda: [1][Self()], lambda: "ab" * Self(), lambda: [1][Boom()], lambda: "ab" * Boom()):
    try:
        probe()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)


class F:
    def __format__(self, spec):
        return 1


for probe in (lambda: format(F()), lambda: f"{F()}", lambda: "{:c}".format(-1),
              lambda: "{:e}".format(10**400), lambda: format(2**70, "c")):
    try:
        print(probe())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
