# for-else: else runs only when the loop was not broken
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in range(3):
    continue
else:
    print("else after continue-only loop, x =", x)
for ch in "abc":
    if ch == "z":
        break
    print(ch, end=" ")
else:
    print("| done")
