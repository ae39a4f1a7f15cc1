from itertools import compress, dropwhile, takewhile, filterfalse

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])), list(compress('ABCDE', [0, 1])))
print(list(compress(data=range(5), selectors=[True, False] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filterfalse(bool, [0, 1, 2])))

def src():
    for i in range(6):
        print("read", i)
        yield i

t = takewhile(lambda x: print("test", x) or x < 2, src())
print(list(t))
print(list(t))
d = dropwhile(lambda x: print("test", x) or x < 2, src())
print(list(d))
sel = compress(src(), iter([1, 0, 1]))
print(list(sel))
for bad in [lambda: compress('a'), lambda: compress(1, []), lambda: dropwhile(None),
            lambda: takewhile(None, [], x=1), lambda: filterfalse(1),
            lambda: list(takewhile(None, [1])), lambda: list(dropwhile(5, [1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
