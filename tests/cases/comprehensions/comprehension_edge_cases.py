# comprehension edge cases: empty iterables, side effects, shadowing builtins
print([], [x for x in ()], {x: x for x in ""}, list(x for x in []))
calls = []
def track(v):
    calls.append(v)
    return v
r = [track(v) for v in range(3) if track(-v) < 0 or v == 0]
print(r, calls)
print([list for list in range(3)], list("ok"))
nested = [[1, 2], [], [3]]
print([x for sub in nested for x in sub])
print([sub for sub in nested if sub])
print([[y for y in range(x)] for x in range(4)])
print([i for i in range(10)][::3])
words = ["a", "bb", "ccc"]
print([w * i for i, w in enumerate(words)])
print(dict([(w, len(w)) for w in words]))
