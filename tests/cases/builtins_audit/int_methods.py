# int methods found missing by the dir() audit
for n in [0, 1, 5, -5, 255, -256, 2**100 - 1, -(2**70)]:
    print(n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.bit_length())
print(True.bit_count(), True.as_integer_ratio(), False.as_integer_ratio())
print(type(True.as_integer_ratio()[0]))
print((5).__abs__(), (-5).__abs__(), (-(2**80)).__abs__())
print((0).__bool__(), (3).__bool__(), (2**90).__bool__())
print((5).__float__(), (-7).__int__(), (9).__trunc__(), (9).__floor__(), (9).__ceil__())
print((1234).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2))
print((7).__divmod__(2), (-7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0))
print((5).__getnewargs__(), True.__getnewargs__())
print(type(True.__int__()), type(True.__abs__()), True.__float__())
print(int.__repr__(True), int.__repr__(False), repr(True), True.__repr__())
print(int.__index__(True), (5).__index__())
try:
    (7).__divmod__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (2**2000).__float__()
except OverflowError as e:
    print("OverflowError", e)

class MyInt(int):
    def __round__(self, n=None):
        return ("mine", super().__round__(n))
    def __abs__(self):
        return ("abs", super().__abs__())

print(round(MyInt(15), -1), abs(MyInt(-3)))
print(MyInt(7).__divmod__(3), MyInt(7).as_integer_ratio())
