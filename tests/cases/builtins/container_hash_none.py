# list, dict and set are unhashable: their __hash__ attribute is None.
print(list.__hash__, dict.__hash__, set.__hash__, [].__hash__)
print(frozenset.__hash__ is None, tuple.__hash__ is None, int.__hash__ is None)
for v in ([], {}, set()):
    print(type(v).__hash__ is None, v.__class__.__hash__ is None)
    try:
        hash(v)
    except TypeError as e:
        print(e)


class L(list):
    pass


class H(list):
    def __hash__(self):
        return 7


print(L.__hash__, hash(H()))
try:
    hash(L())
except TypeError as e:
    print(e)
