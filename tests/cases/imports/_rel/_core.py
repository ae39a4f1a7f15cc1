# core submodule of _rel, imported relatively by its siblings
print("init _rel._core, __name__ =", __name__)
VERSION = "1.0"

def double(x):
    return x * 2
