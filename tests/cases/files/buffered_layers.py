import io
import os

d = "/tmp/taipan_case_buffered_layers"
os.mkdir(d)
p = d + "/data.txt"
try:
    with open(p, "w") as f:
        print(type(f.buffer).__name__, f.buffer.mode, f.buffer.name == p)
        f.write("héllo\n")
        f.flush()
        f.buffer.write(b"bytes line\n")
        f.write("tail\n")
    with open(p, "rb") as f:
        print(type(f.raw).__name__, f.raw.mode, f.peek()[:5], f.tell())
        print(f.read1(3), f.read(3), f.tell())
        print(f.readline(), f.read())
    with open(p, "rb") as f:
        print([line for line in f])
    raw = io.FileIO(p)
    br = io.BufferedReader(raw)
    print(type(br).__name__, br.read(6), br.raw is not None)
    tw = io.TextIOWrapper(br, encoding="utf-8")
    print(type(tw).__name__, repr(tw.readline()), tw.encoding)
    tw.close()
    print(raw.closed, br.closed)
    with open(p, "r+b") as f:
        print(type(f).__name__, f.mode, f.read(2))
        f.seek(0)
        f.write(b"H")
    with open(p, "rb") as f:
        print(f.read(3))
    with open(p, "wb") as f:
        try:
            io.BufferedReader(f.raw)
        except io.UnsupportedOperation as e:
            print(e)
    try:
        io.BufferedReader(io.FileIO(p), buffer_size=0)
    except ValueError as e:
        print(e)
finally:
    os.remove(p)
    os.rmdir(d)
