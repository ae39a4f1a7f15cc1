# nested loops where break/continue interact with else clauses
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if i + j == 5:
            print("break inner", i, j)
            break
    else:
        print("inner completed for", i)
        continue
    print("after inner break", i)
else:
    print("outer else runs")
found = None
for row in [[1, 3], [5, 7], [2, 9]]:
    for x in row:
        if x % 2 == 0:
            found = x
            break
    else:
        continue
    break
else:
    print("no even")
print("found", found)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    k = 0
    while k < n:
        k += 3
        if k == 6:
            break
    else:
        print("while-else", n, k)
        continue
    print("inner while broke at", n)
else:
    print("unreachable")
print("n =", n)
for _ in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
else:
    print("done with finally loop")
