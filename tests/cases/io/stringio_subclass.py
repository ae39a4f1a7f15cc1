import io

class Upper(io.StringIO):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
    def write(self, s):
        return super().write(s.upper())

u = Upper("p")
print("hello", file=u)
u.write("x")
print(repr(u.getvalue()), u.prefix, isinstance(u, io.StringIO))

class Init(io.StringIO):
    pass

i = Init("abc\ndef\n")
print(i.readline(), list(i), i.tell())

class B(io.BytesIO):
    def extra(self):
        return self.getvalue()[::-1]

b = B(b"xyz")
print(b.extra(), b.read(1))
