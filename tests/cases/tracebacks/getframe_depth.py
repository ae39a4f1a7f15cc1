# sys._getframe(depth) and its errors.
import sys

def level2():
    return [sys._getframe(i).f_code.co_name for i in range(3)]

def level1():
    return level2()

print(level1())
print(sys._getframe(0) is sys._getframe())
def deep():
    try:
        sys._getframe(50)
    except ValueError as e:
        print(type(e).__name__, e)
deep()
try:
    sys._getframe("x")
except TypeError as e:
    print(e)
print(sys._getframe(-1).f_code.co_name)
def caller_line():
    return sys._getframe(1).f_lineno
print(caller_line())
