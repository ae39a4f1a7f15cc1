# assigning to a name anywhere in a function makes it local
x = 10

def broken():
    print(x)
    x = 5

try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def fine():
    print(x)

fine()
def conditional(flag):
    if flag:
        y = 1
    return y

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))

def after_del():
    z = 1
    del z
    return z

try:
    after_del()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
