# map and filter return lazy iterators; multiple iterables; None predicate
m = map(lambda x: x * 2, [1, 2, 3])
print(list(m), list(m))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b: a * b, range(5), range(3))))
print(list(map(str, [1, 2.5, None])), list(map(len, ["a", "bb", ""])))
print(list(filter(None, [0, 1, False, True, "", "x", None, [], [0]])))
print(list(filter(lambda c: c.isupper(), "HeLLo WoRLD")))
f = filter(lambda n: n % 3 == 0, range(20))
print(next(f), next(f), list(f))
print(sum(map(int, "12345")), max(map(abs, [-7, 3, 5])))
print(list(map(lambda p: p[0] + p[1], zip("abc", "xyz"))))
words = ["Apple", "bob", "Cat", "dog"]
print(list(map(lambda w: w.lower(), filter(lambda w: w[0].isupper(), words))))
