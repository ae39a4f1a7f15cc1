# *args and **kwargs collection and unpacking at call sites
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "x", key=None)
nums = [4, 5, 6]
opts = {"sep": "-", "end": "!\n"}
show(*nums)
show(*nums, *"ab", **opts)
print(*nums, **opts)

def total(first, *rest):
    return first + sum(rest)

print(total(1), total(1, 2, 3), total(*range(5)))

def describe(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append(k + "=" + repr(v))
    return " ".join(parts)

print(describe("box", w=3, h=4, label="big"))
print(describe(**{"name": "n", "z": 0}))

def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
