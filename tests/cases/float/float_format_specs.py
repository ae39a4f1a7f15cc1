# format() and str.format with fixed-point float format specs
x = 3.14159265
print(format(x, ".2f"), format(x, ".0f"), format(x, "10.3f"), format(x, "<10.1f") + "|")
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-0.001, ".2f"), format(0.125, ".2f"))
print(format(1234567.891, ",.2f"), format(1234567.891, ","), format(-9876.5, ",.1f"))
print(format(1e16, ".1f"), format(1e-5, ".6f"), format(1e-7, ".10f"), format(2 ** 0.5, ".15f"))
print(format(x, "+.3f"), format(-x, "+.3f"))
print(format(x, "08.3f"), format(-x, "08.3f"))
print(format(x, "^12.2f") + "|", format(x, ">12.2f") + "|")
print("{:.3f} and {:.1f}".format(2 / 3, 1 / 3))
print("{0:.2f}|{0:8.2f}|{0:<8.2f}|".format(9.876))
print(format(float("inf"), ".2f"), format(float("-inf"), "8.1f") + "|")
print(format(1.0, ""), format(0.1 + 0.2, ""), format(7, ".2f"))
for v in [0.0, 0.005, 0.015, 1.995, 123.456, -45.6789]:
    print(f"{v:10.2f}|{v:<10.1f}|{v:.0f}")
