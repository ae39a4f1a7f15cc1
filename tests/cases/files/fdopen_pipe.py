import os

r, w = os.pipe()
wf = os.fdopen(w, "w")
rf = os.fdopen(r)
print(wf.seekable(), rf.seekable(), wf.writable(), rf.readable())
wf.write("through the pipe\nsecond\n")
wf.close()
print(repr(rf.readline()), repr(rf.read()))
try:
    rf.tell()
except OSError as e:
    print(type(e).__name__, e.errno, e)
rf.close()
try:
    os.fdopen("x")
except TypeError as e:
    print(e)

r, w = os.pipe()
with open(w, "wb") as f:
    f.write(b"\x00\x01bin")
with open(r, "rb") as f:
    print(f.read())
try:
    os.close(r)
except OSError as e:
    print(e.errno, e.strerror)
