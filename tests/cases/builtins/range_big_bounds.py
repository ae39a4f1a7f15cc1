r = range(2**64, 2**64+10, 3)
print(r, len(r), list(r), r[1], r[-1], 2**64+3 in r, 2**64+4 in r, r.start, bool(range(2**70, 2**70)))
print(list(reversed(range(2**64, 2**64+3))))
print(range(-2**63, 0, -1))
