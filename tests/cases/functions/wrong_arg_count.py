# TypeError messages for wrong argument counts and names
def two(a, b):
    return a + b

def one_default(a, b=1):
    return a * b

zero = lambda: 0

class K:
    def method(self, x):
        return x

calls = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, a=2),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: zero(1),
    lambda: len(),
    lambda: len(1, 2),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
