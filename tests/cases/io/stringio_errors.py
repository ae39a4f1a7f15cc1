import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: io.StringIO(b"x"))
t(lambda: io.StringIO(3))
t(lambda: io.StringIO(newline="x"))
t(lambda: io.StringIO(newline=3))
t(lambda: io.StringIO("a", "\n", 3))
s = io.StringIO()
t(lambda: s.write(b"x"))
t(lambda: s.write(None))
t(lambda: s.seek(-1))
t(lambda: s.seek(1, 1))
t(lambda: s.seek(1, 2))
t(lambda: s.seek(0, 5))
t(lambda: s.truncate(-1))
t(lambda: s.read("x"))
t(lambda: s.readline(1.5))
t(lambda: s.detach())
t(lambda: s.fileno())
s.close()
s.close()
t(lambda: s.getvalue())
t(lambda: s.read())
t(lambda: s.readline())
t(lambda: s.write("a"))
t(lambda: s.tell())
t(lambda: s.seek(0))
t(lambda: s.truncate())
t(lambda: s.readable())
t(lambda: s.writable())
t(lambda: s.seekable())
t(lambda: s.closed)
t(lambda: iter(s))
t(lambda: next(s))
t(lambda: s.flush())
t(lambda: s.__enter__())
t(lambda: s.line_buffering)
t(lambda: s.newlines)
try:
    with s:
        pass
except ValueError as e:
    print("with:", e)
