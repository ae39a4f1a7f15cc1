import io
b = io.BytesIO("héllo\r\nworld\nlast".encode())
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.readline(), repr(t.readline()), list(t), t.encoding)
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
print(w.write("a\nb"), w.writable(), isinstance(w, io.TextIOBase))
w.flush()
print(out.getvalue())
print(repr(io.TextIOWrapper(io.BytesIO(b"x"))))
w2 = io.TextIOWrapper(io.BytesIO())
w2.write("z")
d = w2.detach()
print(d.getvalue())
r = io.TextIOWrapper(io.BytesIO(b"a\rb\r\nc"), newline="")
print(r.readlines())
with io.TextIOWrapper(io.BytesIO(b"ctx")) as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(e)
try:
    w.write(b"x")
except TypeError as e:
    print(e)
