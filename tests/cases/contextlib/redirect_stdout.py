import sys
from contextlib import redirect_stdout, redirect_stderr

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return ''.join(self.parts)

cap = Capture()
with redirect_stdout(cap) as target:
    print("hidden", 1, 2)
    print("second", end='!')
    sys.stdout.write("direct")
print(target is cap, repr(cap.getvalue()), cap.parts)
err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(outer.getvalue(), inner.getvalue(), sep='|')
cm = redirect_stdout(Capture())
with cm:
    with cm:
        print("nested same")
print("restored", sys.stdout is sys.__stdout__)
sys.stdout = None
print("nowhere")
sys.stdout = sys.__stdout__
print("back")
