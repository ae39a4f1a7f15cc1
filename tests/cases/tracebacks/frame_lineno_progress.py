# f_lineno of a caller frame is the line of its pending call.
import sys

def report(depth=1):
    return sys._getframe(depth).f_lineno

def multi():
    a = report()
    b = report()
    c = [report() for _ in range(2)]
    return a, b, c

print(multi())
print(report(), report(),
      report())
frame = sys._getframe()
def later():
    return frame.f_lineno
print(later())
