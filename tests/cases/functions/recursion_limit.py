# unbounded recursion raises RecursionError which can be caught
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

def mutual_a(n):
    return mutual_b(n)

def mutual_b(n):
    return mutual_a(n)

try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion overflowed")
print(isinstance(RecursionError(), RuntimeError))
print("still alive", depth(10))
