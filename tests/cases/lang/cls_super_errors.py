# super() errors: outside methods, missing __class__ cell, attribute lookup failures
class A:
    def m(self):
        return super().nothing
try:
    A().m()
except AttributeError as e:
    print("AttributeError:", e)

def free():
    return super()
try:
    free()
except RuntimeError as e:
    print("RuntimeError:", e)

class B:
    @staticmethod
    def s():
        return super()
try:
    B.s()
except RuntimeError as e:
    print("RuntimeError:", e)

class C:
    def m(self):
        return super().__repr__ is not None
print(C().m())
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
