# class attributes vs instance attributes: shadowing, mutation through instances, deletion
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)

a = Counter(); b = Counter()
print(Counter.count, a.count, a.items is b.items, Counter.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
Counter.count = 7
print(a.count, b.count)
print("count" in a.__dict__, sorted(vars(Counter).keys() & {"count", "items", "__init__"}))
b.__dict__["count"] = "direct"
print(b.count)
class Sub(Counter): pass
print(Sub.count, Sub.items is Counter.items)
Sub.count = "sub"
print(Sub.count, Counter.count)
del Sub.count
print(Sub.count)
try:
    del Sub.count
except AttributeError as e:
    print("AttributeError:", e)
