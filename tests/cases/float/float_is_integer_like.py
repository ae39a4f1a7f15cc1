# converting floats to ints and detecting whole numbers without methods
vals = [1.0, 1.5, -2.0, 0.0, 1e10, 2.5e-3]
for v in vals:
    whole = v == int(v)
    print(v, int(v), whole)
print(float(int(7.9)))
print(7.0 // 1, 7.9 // 1, -7.9 // 1)
print(7.9 % 1 > 0.89)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(round(total, 6))
avg = sum([3, 4, 5, 6]) / 4
print(avg, int(avg), avg == 4.5)
print(float(10 ** 15) == 10 ** 15)
print(str(3.0) + "!", str(3.5e-10))
