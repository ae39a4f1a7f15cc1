# numeric loops with floats: compound interest and averages
balance = 1000.0
rate = 0.05
for year in range(1, 6):
    balance *= 1 + rate
    print(year, round(balance, 2), f"{balance:.2f}")
temps = [21.5, 19.0, 23.25, 18.75, 22.0]
mean = sum(temps) / len(temps)
print(mean)
var = sum((t - mean) ** 2 for t in temps) / len(temps)
print(round(var, 4))
print(max(temps), min(temps), sorted(temps, reverse=True))
c_vals = [-40, 0, 37, 100]
for c in c_vals:
    f = c * 9 / 5 + 32
    print(c, f)
x = 0.0
step = 0.1
count = 0
while x < 1.0:
    x += step
    count += 1
print(count, x)
