# number formatting through f-strings: ints, floats, big ints, negatives
vals = [0, 1, -1, 42, -42, 1000, 2 ** 40, -(10 ** 12)]
for v in vals:
    print(f"{v}|{v:,}|{v:>15,}|{v:x}")
floats = [0.0, -0.0, 0.1 + 0.2, 1e16, 1e-05, 123.456, -2.5]
for f in floats:
    print(f"{f}|{f:.2f}|{f:10.4f}|{f!r}")
print(f"{2 ** 100}")
print(f"{10 / 4} {10 // 4} {-10 // 4} {-10 % 4}")
print(f"{round(2.675, 2)} {round(0.5)} {round(1.5)}")
print(f"{7:b} {255:o} {-255:x} {0:x}")
print(f"{123456789:>15,}")
print(f"{0.1 + 0.2:.17f} {1 / 3:.1f} {2 / 3:.0f}")
print(f"{-0.0:.1f} {-0.04:.1f} {0.05:.1f} {0.15:.1f}")
print(f"{1e16:.0f} {1e22:.0f} {12345.678:,.1f}")
