# UnboundLocalError / NameError messages for locals, frees, globals, deleted names and class bodies
def local_before_assign():
    print(x)
    x = 1
def free_before_assign():
    def inner():
        return y
    r = inner()
    y = 2
    return r
def deleted():
    z = 1
    del z
    return z
def undefined_global():
    return no_such_name_anywhere
for f in [local_before_assign, free_before_assign, deleted, undefined_global]:
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
def aug():
    counter += 1
try:
    aug()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    class C:
        v = missing_in_class
except NameError as e:
    print("NameError:", e)
def cond(flag):
    if flag:
        val = "set"
    return val
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))
