from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.add, [], 10), reduce(operator.add, [5]), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []))
print(reduce(lambda a, b: a * 10 + b, iter([1, 2, 3])))
calls = []
print(reduce(lambda a, b: calls.append((a, b)) or a + b, [1, 2, 3], 0), calls)
for args, kw in [((operator.add, []), {}), ((), {}), ((operator.add,), {}),
                 ((operator.add, 5), {}), ((operator.add, [], 0, 1), {}),
                 ((operator.add, [1]), {'initial': 0}), ((operator.add, ['a', 1]), {})]:
    try:
        print(reduce(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)
