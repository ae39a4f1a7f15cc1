# The classic OrderedDict recipes: an LRU cache and a subclass whose __setitem__
# moves updated keys to the end (update() and the constructor go through it).
from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, maxsize=3):
        self.maxsize = maxsize
        super().__init__()

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(3)
for k in 'abc':
    cache[k] = k.upper()
cache['a']
cache['d'] = 'D'
print(list(cache), cache)
cache['c'] = 'CC'
cache['e'] = 'E'
print(list(cache.items()))


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated([('a', 1), ('b', 2), ('c', 3)])
lu['a'] = 10
lu.update(b=20)
print(lu)

# FIFO queue of many items.
q = OrderedDict((i, i * i) for i in range(1000))
total = 0
while q:
    k, v = q.popitem(last=False)
    total += v
print(total, len(q))
