import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 5, 2], [], [9, 0], reverse=True)))
print(list(heapq.merge(['xx', 'a'], ['yy', 'bb', 'c'], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [], key=abs)))
print(list(heapq.merge([1, 2, 3])), list(heapq.merge(iter([4, 5]), key=str)))

# ties: inputs earlier in the argument list win, in both directions
a = [(1, 'a'), (2, 'a'), (2, 'a2'), (4, 'a')]
b = [(1, 'b'), (2, 'b'), (3, 'b')]
c = [(0, 'c'), (2, 'c'), (4, 'c')]
first = lambda t: t[0]
print(list(heapq.merge(a, b, c, key=first)))
print(list(heapq.merge(c, b, a, key=first)))
print(list(heapq.merge(a[::-1], b[::-1], c[::-1], key=first, reverse=True)))

seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

for trial in range(25):
    its = [sorted((rnd(5), j, i) for i in range(rnd(6))) for j in range(rnd(5))]
    m1 = list(heapq.merge(*its, key=first))
    m2 = list(heapq.merge(*[x[::-1] for x in its], key=first, reverse=True))
    m3 = list(heapq.merge(*[[t[0] for t in x] for x in its]))
    print([t[1:] for t in m1], [t[1:] for t in m2], m3)

# laziness: merge is a generator that pulls items only as needed
log = []
def gen(name, items):
    for x in items:
        log.append((name, x))
        yield x

m = heapq.merge(gen('p', [1, 4, 6]), gen('q', [2, 3, 9]))
print(type(m).__name__, log)
print(next(m), log)
print(next(m), next(m), log)
print(list(m), log)
# unsorted inputs are merged "as is"
print(list(heapq.merge([3, 1, 2], [2, 0])))
