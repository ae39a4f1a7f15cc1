import os
r, w = os.pipe()
print(os.write(w, b'abc'), os.read(r, 10))
print(os.isatty(r), os.get_inheritable(r), os.get_blocking(r))
w2 = os.dup(w)
os.write(w2, b'via dup')
print(os.read(r, 100))
os.set_inheritable(w2, True)
print(os.get_inheritable(w2))
os.close(w2)
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e.errno)
