# str/repr of floats round-trip through float()
vals = [0.1, 1 / 3, 2.5, -1e-10, 123.456, 1e100, 6.02e23, 0.30000000000000004]
for v in vals:
    s = repr(v)
    print(s, float(s) == v)
print(float("0.1") + float("0.2"))
print(float("  1.25\n"), float("1_000.5"))
print(str(1e-4), str(1e-5), str(123e10), str(1.23e-7))
print(1e5, 1e15, 1.5e16, 12345678912345678.0)
print(0.1 * 0.1, 1 - 0.9)
print(str(0.1 + 0.7), repr(1.1 + 2.2), str(3.3 * 3))
whole = [1.0, 10.0, 1e3, 1e15, 1e16, 1e17]
for w in whole:
    print(w, int(w), float(int(w)) == w)
print(float(str(1 / 7)) == 1 / 7)
