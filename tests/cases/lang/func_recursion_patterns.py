# recursion: mutual recursion, accumulators, deep-ish recursion, recursion through methods
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7))

def flatten(x):
    if isinstance(x, list):
        out = []
        for i in x:
            out.extend(flatten(i))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i+1:])]
print(perms("abc"))

class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
print(Node(1, Node(2, Node(3)), Node(4)).total())

def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)
