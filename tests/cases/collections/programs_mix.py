# A few everyday uses of collections together.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap

Edge = namedtuple('Edge', 'src dst weight', defaults=[1])
edges = [Edge('a', 'b'), Edge('a', 'c', 4), Edge('b', 'd', 2), Edge('c', 'd'), Edge('d', 'e', 3)]
graph = defaultdict(list)
for e in edges:
    graph[e.src].append(e)


def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for e in graph[node]:
            if e.dst not in seen:
                seen.add(e.dst)
                q.append(e.dst)
    return order


print(bfs('a'), sorted(graph), dict(graph)['a'])
heaviest = max(edges, key=lambda e: e.weight)
print(heaviest, heaviest._asdict(), sorted(edges, key=lambda e: (-e.weight, e.src))[:2])


class LRU:
    def __init__(self, cap):
        self.cap, self.data = cap, OrderedDict()

    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]

    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)


c = LRU(2)
c.put(1, 'a'); c.put(2, 'b'); c.get(1); c.put(3, 'c')
print(c.data, c.get(2))

text = "the quick brown fox jumps over the lazy dog the fox"
words = Counter(text.split())
print(words.most_common(3), words['fox'], sum(words.values()), len(words))
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(5), (letters & Counter('thequick')).total())

window = deque(maxlen=3)
avgs = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs, window)

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
settings = ChainMap(cli, env, defaults)
print(settings['user'], settings['color'], dict(settings) == {'user': 'admin', 'color': 'red'})
inverted = defaultdict(set)
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inverted[v].add(k)
print(sorted((k, sorted(v)) for k, v in inverted.items()))
d = deque('abcdefg')
d.rotate(3)
print(''.join(d), d[0], d[-1], d.index('a'))
