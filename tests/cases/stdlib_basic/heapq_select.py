import heapq

seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

for trial in range(40):
    n = rnd(30)
    pairs = [(rnd(6), i) for i in range(n)]
    data = [p[0] for p in pairs]
    for k in (0, 1, 2, 3, 5, n, n + 1, -2):
        key = lambda p: p[0]
        a = heapq.nsmallest(k, pairs, key=key)
        b = heapq.nlargest(k, pairs, key=key)
        c = heapq.nsmallest(k, iter(pairs), key=key)
        d = heapq.nlargest(k, iter(pairs), key=key)
        e = heapq.nsmallest(k, iter(data))
        f = heapq.nlargest(k, (x for x in data))
        print(trial, k, a == c, b == d, [p[1] for p in c], [p[1] for p in d], e, f)

words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(3, iter(words), key=len), heapq.nsmallest(3, iter(words), key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, iter(words), key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(1, iter([])), heapq.nlargest(3, iter([])))
print(heapq.nsmallest(2, {5: 'a', 1: 'b', 3: 'c'}), heapq.nlargest(2, 'hello'))
print(heapq.nsmallest(3, [2.5, 1, True, 0.0, -1]), heapq.nlargest(3, [2.5, 1, True, 0.0, -1]))

# equal-but-distinct objects: the earliest ones must be kept
class Box:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return '%d%s' % (self.v, self.tag)

boxes = [Box(v, t) for v, t in zip([2, 1, 2, 1, 3, 1, 2, 3], 'abcdefgh')]
print(heapq.nsmallest(3, iter(boxes)), heapq.nlargest(3, iter(boxes)))
print(heapq.nsmallest(4, boxes), heapq.nlargest(4, boxes))
try:
    heapq.nlargest(2, iter([1, 'a', 2]))
except TypeError as e:
    print('TypeError', e)
