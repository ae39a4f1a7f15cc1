import os

d = "/tmp/taipan_case_text_newlines_attr"
os.mkdir(d)
p = d + "/n.txt"
try:
    with open(p, "wb") as f:
        f.write(b"unix\nwindows\r\nmac\rend")
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, newline=nl) as f:
            before = f.newlines
            lines = f.readlines()
            print(repr(nl), before, lines, f.newlines)
    with open(p) as f:
        f.read()
        print(f.newlines)
    with open(p, "w") as f:
        print(f.newlines)
finally:
    os.remove(p)
    os.rmdir(d)
