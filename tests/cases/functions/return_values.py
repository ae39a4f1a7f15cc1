# implicit None return, early returns, multiple return values
def nothing():
    x = 1

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None

def multi():
    return 1, [2], "three"

print(nothing(), early(-1), early(10), early(0), early(1))
a, b, c = multi()
print(a, b, c, multi())
def bare():
    return
print(bare())
def nested_returns(x):
    def inner():
        return x * 2
    return inner() + 1
print(nested_returns(5))
results = [early(n) for n in range(0, 20, 4)]
print(results)
