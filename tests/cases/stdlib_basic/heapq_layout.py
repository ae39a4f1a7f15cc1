# The internal list layout after every heap operation must match CPython's.
import heapq

seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

for trial in range(60):
    n = rnd(25)
    data = [rnd(12) for _ in range(n)]
    h = list(data)
    heapq.heapify(h)
    print('heapify', h)
    h2 = []
    for x in data:
        heapq.heappush(h2, x)
    print('pushed ', h2)
    out = []
    while h2:
        out.append(heapq.heappop(h2))
        if len(h2) % 4 == 1:
            print('  pop  ', out[-1], h2)
    print('sorted ', out == sorted(data))
    for x in data[:6]:
        r1 = heapq.heappushpop(h, x)
        r2 = heapq.heapreplace(h, x + 5) if h else None
        print('  pp/rep', r1, r2, h)

# pairs: ties broken by the second element, floats mixed with ints
h = []
for i, v in enumerate([3, 1.0, 2, 1, 3.0, 0.5, 2]):
    heapq.heappush(h, (v, i))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
big = [rnd(1000) for _ in range(3000)]
heapq.heapify(big)
print(big[:40], sum(v * (i % 7) for i, v in enumerate(big)))
print(all(big[k] <= big[c] for k in range(len(big)) for c in (2 * k + 1, 2 * k + 2) if c < len(big)))
