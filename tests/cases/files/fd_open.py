import os

d = "/tmp/taipan_case_fd_open"
os.mkdir(d)
p = d + "/f.txt"
try:
    with open(p, "w") as f:
        print(f.fileno() > 2, f.write("line1\nline2\n"))
    fd = os.open(p, os.O_RDONLY)
    f = open(fd)
    print(f.name == fd, f.mode, f.readline(), f.closed)
    f.close()
    try:
        os.close(fd)
    except OSError as e:
        print("already closed:", e.errno)
    fd = os.open(p, os.O_RDONLY)
    f = open(fd, "rb", closefd=False)
    print(f.read(5), f.raw.closefd)
    f.close()
    print(os.read(fd, 100))
    os.close(fd)
    try:
        open(p, closefd=False)
    except ValueError as e:
        print(e)
    seen = []
    def opener(path, flags):
        seen.append(path)
        return os.open(path, flags)
    with open(p, "a", opener=opener) as f:
        f.write("line3\n")
    with open(p, opener=opener) as f:
        print(f.read().splitlines())
    print(seen == [p, p])
    try:
        open(-1)
    except ValueError as e:
        print(e)
    with open(os.open(p, os.O_RDONLY), "rb", buffering=0) as raw:
        print(type(raw).__name__, raw.mode, raw.closefd, raw.read(3))
finally:
    os.remove(p)
    os.rmdir(d)
