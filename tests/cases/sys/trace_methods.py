# Tracing through classes, closures, lambdas, recursion and nested calls.
import sys

out = []
def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename != __file__:
        return None
    if event == 'return':
        arg = getattr(arg, '__qualname__', repr(arg))
    elif event == 'exception':
        arg = arg[0].__name__
    out.append(f"{event} {code.co_name} {frame.f_lineno - code.co_firstlineno} {arg}")
    return tracer

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    @property
    def sum(self):
        return self.x + self.y

def make_adder(n):
    def add(x):
        return x + n
    return add

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def main():
    p = Point(3, 4)
    a = make_adder(10)
    r = [p.norm2(), p.sum, a(5), fact(3)]
    key = sorted([3, 1, 2], key=lambda v: -v)
    return [type(x).__name__ for x in r], key

sys.settrace(tracer)
res = main()
sys.settrace(None)
print("\n".join(out))
print(res)

# f_back and f_locals inside the tracer
def t2(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'inner':
        print("caller:", frame.f_back.f_code.co_name, "locals:", sorted(frame.f_locals.items()))
    return None

def inner(a, b=2):
    return a + b

def outer2():
    return inner(1)

sys.settrace(t2)
print(outer2())
sys.settrace(None)
