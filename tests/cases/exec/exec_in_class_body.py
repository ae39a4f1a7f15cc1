# exec() in a class body writes the class namespace.
class C:
    base = 3
    exec("double = base * 2\ndef method(self):\n    return 'm'")
print(C.double, C().method(), sorted(k for k in vars(C) if not k.startswith("__")))
