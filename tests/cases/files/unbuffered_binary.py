import os

d = "/tmp/taipan_case_unbuffered_binary"
os.mkdir(d)
p = d + "/u.bin"
try:
    f = open(p, "wb", buffering=0)
    print(type(f).__name__, f.write(b"abc"), os.path.getsize(p))
    f.close()
    f = open(p, "ab")
    f.write(b"def")
    print(os.path.getsize(p))
    f.flush()
    print(os.path.getsize(p), f.tell())
    f.close()
    with open(p, "rb", buffering=0) as f:
        print(f.read(), f.read())
    with open(p, "rb") as f:
        print(type(f).__name__, f.readinto is not None)
finally:
    os.remove(p)
    os.rmdir(d)
