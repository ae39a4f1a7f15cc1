# uncaught exception without a message: last line is just the class name
class Halt(Exception):
    pass

def step(n):
    if n == 3:
        raise Halt
    return n * n

try:
    raise Halt()
except Halt as e:
    print("caught Halt with args", e.args, repr(str(e)))
print("before")
for i in range(5):
    print("step", step(i))
