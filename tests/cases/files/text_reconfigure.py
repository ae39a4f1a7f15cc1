import io
import os

d = "/tmp/taipan_case_text_reconfigure"
os.mkdir(d)
p = d + "/r.txt"
try:
    f = open(p, "w")
    f.write("pending")
    print(f.line_buffering, f.write_through)
    f.reconfigure(line_buffering=True)
    with open(p) as g:
        print(repr(g.read()))
    f.reconfigure(encoding="utf-8", errors="strict")
    try:
        f.reconfigure(1)
    except TypeError as e:
        print("TypeError")
    f.close()
    try:
        f.reconfigure()
    except ValueError as e:
        print(e)
    with io.open_code(p) as c:
        print(type(c).__name__, c.read())
finally:
    os.remove(p)
    os.rmdir(d)

os.mkdir(d)
try:
    f = open(p, "w", buffering=1)
    print(f.line_buffering)
    f.write("no newline")
    f.write(" then one\n")
    with open(p) as g:
        print(repr(g.read()))
    f.reconfigure(line_buffering=False)
    print(f.line_buffering)
    f.write("held\n")
    f.close()
    with open(p, "rb") as raw:
        t = io.TextIOWrapper(raw, line_buffering=True)
        print(t.line_buffering, repr(t.read()))
finally:
    os.remove(p)
    os.rmdir(d)
