# A builtin function stored on a class does not bind; a builtin type's method does.
class A:
    f = len
    mt = str.maketrans
    up = str.upper

a = A()
print(a.f("abc"), A.f("ab"), a.mt("a", "b"))
try:
    a.up()
except TypeError as e:
    print("TypeError", e)
print(a.__repr__().startswith("<__main__.A object"), a.__format__("") == str(a))
