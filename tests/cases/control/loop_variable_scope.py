# loop variables leak after loops; comprehension variables do not
for i in range(3):
    pass
print("i after loop:", i)
for i in []:
    pass
print("i unchanged by empty loop:", i)
x = "outer"
squares = [x * x for x in range(4)]
print(squares, "x still", x)
j = 0
while j < 5:
    j += 2
print("j after while:", j)
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
funcs = []
for k in range(3):
    funcs.append(lambda k=k: k)
print([f() for f in funcs])
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(a, b, total)
