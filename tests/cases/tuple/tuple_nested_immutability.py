# tuple containing lists: augmented assignment error yet mutation happens
t = (1, [2, 3])
try:
    t[1] += [4]
except TypeError as e:
    print("TypeError:", e)
print(t)
t[1].extend([5])
print(t)
a = (1, 2)
b = a
a += (3,)
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1][1])
print(tuple(list(nested)) == nested)
x = ()
for i in range(4):
    x = x + (i,)
print(x)
print((1,) * 0 == (), (0,) == (0.0,))
