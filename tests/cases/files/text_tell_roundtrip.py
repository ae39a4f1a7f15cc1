import os

d = "/tmp/taipan_case_text_tell_roundtrip"
os.mkdir(d)
p = d + "/t.txt"
try:
    with open(p, "w", encoding="utf-8") as f:
        f.write("αβγ\nsecond line\r\nthird\rfourth\n")
    with open(p, encoding="utf-8") as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print([repr(l) for _, l in marks])
        for pos, line in reversed(marks):
            f.seek(pos)
            print(f.readline() == line, end=" ")
        print()
        f.seek(0)
        f.read(2)
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(f.read() == rest)
    with open(p, "r+", encoding="utf-8") as f:
        f.seek(0, 2)
        end = f.tell()
        f.write("more\n")
        f.seek(end)
        print(repr(f.read()))
        print(f.truncate(end), f.tell())
    with open(p, encoding="utf-8", newline="") as f:
        print([repr(l) for l in f])
finally:
    os.remove(p)
    os.rmdir(d)
