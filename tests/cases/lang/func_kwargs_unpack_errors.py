# ** and * unpacking errors in calls: non-mapping, non-iterable, duplicate keys, non-str keys
def f(*args, **kwargs):
    return args, kwargs

tests = [
    lambda: f(**1),
    lambda: f(**[1, 2]),
    lambda: f(*1),
    lambda: f(*None),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: f(a=1, **{'a': 2}),
    lambda: f(**{1: 2}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)

class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(f(**M()))

def g(a, b):
    return a - b
print(g(**{'b': 1, 'a': 10}))
print(g(*"ab") if False else g(*[5, 3]))
