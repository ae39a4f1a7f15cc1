# **kwargs keeps the order keywords were passed, including from unpacked dicts
def collect(**kwargs):
    return list(kwargs)

print(collect(z=1, a=2, m=3))
print(collect(**{"b": 1, "a": 2}, c=3))
print(collect(c=3, **{"b": 1}, **{"a": 2}))

def show(first, **kw):
    return first + ": " + ", ".join(k + "=" + str(v) for k, v in kw.items())

opts = {"width": 10, "height": 5}
print(show("box", depth=2, **opts))
print(show(**{"first": "f", "x": 1, "y": 2}))
try:
    show("a", **{"first": "b"})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)

def forward(*args, **kwargs):
    return collect(**kwargs), args

print(forward(1, 2, q=1, p=2))
kw = {}
for key in ["delta", "alpha", "charlie", "bravo"]:
    kw[key] = len(key)
print(collect(**kw))
del kw["alpha"]
kw["alpha"] = 0
print(collect(**kw))
print(dict(b=1, a=2), dict({"y": 1}, x=2))
