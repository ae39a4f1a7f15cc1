r=range(-2**63, 2**63-1, 2**62)
print(len(r), list(r))
print(len(range(0,10,3)), 6 in range(0,10,3), list(range(5)[::-1]))
print([1,2,3][::-2**63])
