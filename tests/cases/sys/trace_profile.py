# A call-counting profiler with sys.setprofile, including builtin calls.
import sys
from collections import Counter

calls = Counter()
events = []

def prof(frame, event, arg):
    if event.startswith('c_'):
        name = arg.__name__
    else:
        name = frame.f_code.co_name
    calls[(event, name)] += 1
    if name in ('fib', 'len', 'work'):
        events.append((event, name))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work(xs):
    total = len(xs)
    for x in xs:
        total += abs(x)
    try:
        int("nope")
    except ValueError:
        pass
    return total + fib(5)

sys.setprofile(prof)
r = work([-1, 2, -3])
sys.setprofile(None)
print(r)
print(sys.getprofile())
for k in sorted(calls):
    print(k, calls[k])
print(events[:12])
