# properties with getter, setter, deleter; read-only errors; inheritance
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.celsius += 5
print(t._c)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__, Temp.fahrenheit.fset is None, Temp.celsius.__doc__)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub()
s.celsius = 7
print(s.celsius)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
    def __getattr__(self, name):
        return f"fallback {name}"
z = Lazy()
print(z.value, z.value, Lazy.calls, z.other)
