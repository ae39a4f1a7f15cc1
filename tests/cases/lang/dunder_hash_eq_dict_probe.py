# dict lookups call __hash__ once per operation and __eq__ only on hash collisions with non-identical keys
class K:
    def __init__(self, v, h): self.v, self.h = v, h
    def __hash__(self):
        print("hash", self.v)
        return self.h
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
a, b, c = K("a", 1), K("b", 1), K("c", 2)
d = {a: 1}
print("--- lookup same object")
print(d[a])
print("--- insert colliding key")
d[b] = 2
print("--- lookup equal-valued new object")
print(d[K("b", 1)])
print("--- missing with different hash")
print(c in d)
