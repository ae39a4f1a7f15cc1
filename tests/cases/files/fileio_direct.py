import io
import os

d = "/tmp/taipan_case_fileio_direct"
os.mkdir(d)
p = d + "/raw.bin"
try:
    f = io.FileIO(p, "w")
    print(type(f).__name__, f.mode, f.closefd, f.name == p, f.writable(), f.readable())
    print(f.write(b"abcdef"), f.tell())
    f.close()
    print(repr(f), f.closed)
    with io.FileIO(p) as f:
        print(f.mode, f.read(2), f.readall(), f.read())
        print(f.seek(1), f.read(2), f.seekable(), f.isatty())
    with io.FileIO(p, "r+") as f:
        print(f.mode, f.read(1))
        f.write(b"Z")
        f.seek(0)
        print(f.read())
    with io.FileIO(p, "rb") as f:
        print(f.mode)
    try:
        io.FileIO(p, "rt")
    except ValueError as e:
        print(e)
    try:
        io.FileIO(d + "/missing")
    except FileNotFoundError as e:
        print(e.errno, e.filename == d + "/missing")
    try:
        io.FileIO(p, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
finally:
    os.remove(p)
    os.rmdir(d)
