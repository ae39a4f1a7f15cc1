import io

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def read(self, n=-1):
        if n < 0:
            n = len(self.data)
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r

r = Raw(b"one\ntwo\nthree")
print(r.readline(), r.readline(2), r.readlines())
print(r.readable(), r.writable(), r.seekable(), r.closed, r.isatty())
for name, args in [("seek", (0,)), ("truncate", ()), ("fileno", ()), ("tell", ())]:
    try:
        getattr(r, name)(*args)
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
r.pos = 0
print(list(r))
print(isinstance(r, io.IOBase), isinstance(r, io.RawIOBase), isinstance(r, io.TextIOBase))
with r as same:
    print(same is r)
print(r.closed)
for f in [lambda: iter(r), lambda: r.__enter__(), lambda: r.flush(), lambda: r.writelines([])]:
    try:
        f()
    except ValueError as e:
        print(e)
r.close()

class Log(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s)
        return len(s)

log = Log()
print("a", "b", file=log)
log.writelines(["x", "y"])
print(log.parts)
print(log.encoding, log.errors, log.newlines)
for name in ["read", "readline", "detach"]:
    try:
        getattr(log, name)()
    except io.UnsupportedOperation as e:
        print(name, e)

class Flushing(io.IOBase):
    def flush(self):
        print("flush called")

f = Flushing()
f.close()
f.close()
print(f.closed)

class Buf(io.BufferedIOBase):
    pass

b = Buf()
for name in ["read", "read1", "write", "detach"]:
    try:
        getattr(b, name)(b"" if name == "write" else 1) if name != "detach" else b.detach()
    except io.UnsupportedOperation as e:
        print(name, e)
