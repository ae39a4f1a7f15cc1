print(bool(), bool(0), bool([]), bool([0]), bool(""), bool(" "), bool(None), bool(0.0), bool(-0.0), bool(0j), bool(range(0)))
print(True == 1, hash(True), str(True), repr(False), int(True), float(False), True + 0.5)
print(True.real, True.imag, True.numerator, True.denominator, (True).conjugate(), type(True.real).__name__)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
class L:
    def __len__(self):
        return 0
class BB:
    def __bool__(self):
        return 1
print(bool(L()), not L())
try:
    bool(BB())
except TypeError as e:
    print("TypeError", e)
class NL:
    def __len__(self):
        return -1
try:
    bool(NL())
except ValueError as e:
    print("ValueError", e)
print(None.__eq__(None), None.__ne__(1), None.__hash__() == hash(None), type(None).__name__, repr(type(None)))
try:
    type(None)(1)
except TypeError as e:
    print("TypeError", e)
print(~False, -True, True << 3, True / 2, True // 1, divmod(True, 1), abs(True), round(True), pow(True, 5))
