# submodule of _pkg
print("init _pkg._sub, __name__ =", __name__)
SUB_CONST = 42

def sub_fn(x):
    return x * 2
