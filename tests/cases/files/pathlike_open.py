import os

d = "/tmp/taipan_case_pathlike_open"
os.mkdir(d)

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

try:
    with open(P(d + "/a.txt"), "w") as f:
        f.write("via fspath")
        print(f.name == d + "/a.txt")
    with open((d + "/a.txt").encode(), "rb") as f:
        print(f.read(), f.name == (d + "/a.txt").encode())
    class Bad:
        def __fspath__(self):
            return 3
    for arg in [Bad(), 2.5, None, [1]]:
        try:
            open(arg)
        except TypeError as e:
            print(e)
    try:
        open(P(d + "/missing.txt"))
    except FileNotFoundError as e:
        print(e.errno, e.strerror, e.filename == d + "/missing.txt")
    try:
        open(d)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        open(d + "/a.txt", "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    print(os.fspath(P("x")))
finally:
    os.remove(d + "/a.txt")
    os.rmdir(d)
