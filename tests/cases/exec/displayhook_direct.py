# sys.displayhook and sys.__displayhook__: repr to sys.stdout, value kept in builtins._.
import sys, builtins
sys.displayhook(3)
print(builtins._)
sys.displayhook(None)
print(builtins._)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
cap = Capture()
old, sys.stdout = sys.stdout, cap
sys.displayhook("shown")
sys.stdout = old
print(cap.parts, sys.displayhook is sys.__displayhook__)
def mine(v):
    print("mine:", v)
sys.displayhook = mine
exec(compile("40 + 2", "<s>", "single"))
