# generators and generator expressions can only be consumed once
nums = (n * 2 for n in range(4))
print(sum(nums), sum(nums))
g = (c for c in "abc")
print(next(g), list(g), list(g))

def countdown(n):
    while n > 0:
        yield n
        n -= 1

c = countdown(3)
print(3 in c, list(c))
c = countdown(5)
print(2 in c, list(c))
it = countdown(4)
first = next(it)
print(first, max(it))
pairs = zip(countdown(3), countdown(3))
print(list(pairs), list(pairs))
e = enumerate(countdown(2))
print(list(e), list(e))
def empty():
    return
    yield
print(list(empty()), any(empty()), all(empty()))
