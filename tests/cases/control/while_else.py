# while-else with and without break
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally, n =", n)
n = 10
while n > 0:
    if n == 7:
        print("breaking at", n)
        break
    n -= 1
else:
    print("never printed")
while False:
    pass
else:
    print("else on a loop that never ran")

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz_steps(k) for k in range(1, 12)])
attempts = 0
while True:
    attempts += 1
    if attempts * attempts > 50:
        break
print("attempts", attempts)
