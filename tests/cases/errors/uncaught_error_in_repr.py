# exceptions raised by __repr__/__str__ while printing
class Broken:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        if self.label is None:
            raise RuntimeError("cannot repr unlabeled Broken")
        return "Broken(" + self.label + ")"

class BadStr:
    def __str__(self):
        return 42

print(Broken("ok"), [Broken("a"), Broken("b")])
try:
    print([Broken("x"), Broken(None)])
except RuntimeError as e:
    print("caught:", e)
try:
    print(BadStr())
except TypeError as e:
    print("caught TypeError:", e)
try:
    str(BadStr())
except TypeError as e:
    print("caught TypeError:", e)
print("before")
print({"key": Broken(None)})
