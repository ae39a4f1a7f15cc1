# Recipes from the itertools documentation.
import operator
from itertools import *

def take(n, iterable):
    return list(islice(iterable, n))

def tabulate(function, start=0):
    return map(function, count(start))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n - 1))
    for x in it:
        window.append(x)
        yield tuple(window)
        del window[0]

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def sieve(n):
    primes = []
    for i in range(2, n):
        if all(i % p for p in takewhile(lambda p: p * p <= i, primes)):
            primes.append(i)
    return primes

print(take(5, tabulate(lambda x: x * x)))
print(nth(count(), 10), nth('abc', 5, 'z'))
print(all_equal('aaa'), all_equal('aab'), all_equal(''))
print(quantify([1, 0, 2, 0]), list(ncycles('ab', 3)), list(flatten([[1, 2], [3]])))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
print(first_true([0, None, 3, 4]), first_true([], 'none'))
print(sieve(60))
print(sum(x * y for x, y in product(range(30), repeat=2)))
print(list(accumulate(range(1, 11), operator.mul))[-1])
print(list(starmap(operator.mul, zip(count(1), 'abc'))))
