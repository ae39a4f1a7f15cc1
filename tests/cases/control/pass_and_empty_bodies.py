# pass in functions, classes, loops and branches
def nothing():
    pass

class Empty:
    pass

print(nothing())
for _ in range(3):
    pass
print("loop var after pass loop:", _)
if True:
    pass
else:
    print("unreachable")
e = Empty()
e.x = 1
print(e.x, type(e).__name__)
while False:
    pass
def only_doc():
    "a docstring is a valid body"
print(only_doc())
try:
    pass
except Exception:
    print("no")
else:
    print("try-else after pass")
finally:
    print("finally after pass")
x = [i for i in range(5) if i % 2]
print(x)
