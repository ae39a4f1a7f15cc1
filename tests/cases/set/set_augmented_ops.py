# augmented set operators |=, &=, -=, ^= mutate in place
s = {1, 2}
alias = s
s |= {3, 4}
print(s, alias, s is alias)
s &= {2, 3, 4, 5}
print(s, alias)
s -= {3}
print(s)
s ^= {4, 6}
print(s, alias is s)
f = frozenset({1, 2})
g = f
f |= {3}
print(sorted(f), sorted(g), f is g)
acc = set()
for n in [1, 2, 2, 3, 1]:
    acc |= {n}
print(acc, len(acc))
print(set() == set(), {0} == {0.0}, {1, 2} == frozenset({1, 2}))
nums = {4, 5, 6}
total = 0
for n in nums:
    total += n
print(total, sum(nums), max(nums), min(nums), sorted(nums, reverse=True))
