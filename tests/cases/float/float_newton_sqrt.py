# Newton's method square root compared with ** 0.5
def newton_sqrt(n, iters=20):
    if n == 0:
        return 0.0
    x = n / 2 if n > 1 else 1.0
    for _ in range(iters):
        x = (x + n / x) / 2
    return x

for n in [2, 9, 10, 0.25, 1e6, 12345]:
    a = newton_sqrt(n)
    b = n ** 0.5
    print(n, f"{a:.10f}", f"{b:.10f}", abs(a - b) < 1e-9)
print(newton_sqrt(0))
pi_est = 0.0
for k in range(1000):
    pi_est += (-1) ** k / (2 * k + 1)
print(f"{4 * pi_est:.6f}")
