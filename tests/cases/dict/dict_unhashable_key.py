# unhashable keys and members: lists, dicts, sets, user classes with __eq__
for bad in ([1], {"a": 1}, {1}, [[]]):
    try:
        {bad: 1}
    except TypeError as e:
        print("literal:", e)
d = {}
try:
    d[[1, 2]] = 3
except TypeError as e:
    print("setitem:", e)
try:
    d.get({})
except TypeError as e:
    print("get:", e)
try:
    [1] in d
except TypeError as e:
    print("in:", e)
try:
    set([[1], [2]])
except TypeError as e:
    print("set():", e)
try:
    {1, 2}.add({3})
except TypeError as e:
    print("add:", e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print("tuple with list:", e)
try:
    hash(([],))
except TypeError as e:
    print("hash:", e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("fromkeys:", e)
try:
    {x: 1 for x in [[1]]}
except TypeError as e:
    print("comprehension:", e)
try:
    d.setdefault(set(), 0)
except TypeError as e:
    print("setdefault:", e)
print({frozenset({1}): "ok", (1, (2, 3)): "ok2"}, {None: 0, True: 1, "": 2})
print(len(d), d)
