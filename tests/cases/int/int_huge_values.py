# very large ints: arithmetic, comparisons, str round trips and mixing with floats
big = 10 ** 50 + 12345
print(big)
print(big * big)
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(divmod(-big, 10 ** 25 + 3))
print(big - (10 ** 50), -big + big)
print(str(2 ** 200)[:20], len(str(3 ** 500)))
print(int(str(7 ** 77)) == 7 ** 77)
print(2 ** 64, -2 ** 64, (-2) ** 63)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1)
print(abs(-(10 ** 40)), hex(2 ** 100), oct(2 ** 70), bin(2 ** 65))
print(hex(-(2 ** 70)), bin(-5))
print((2 ** 100) // (2 ** 99), (2 ** 100) / (2 ** 98))
print(float(2 ** 100), float(-(3 ** 40)))
print(2 ** 100 == float(2 ** 100), 2 ** 100 + 1 == float(2 ** 100))
print(2 ** 100 + 1 > float(2 ** 100), 10 ** 400 > 1e308)
print(max(10 ** 30, 10 ** 30 - 1, -10 ** 31), min([2 ** 70, 2 ** 69, -1]))
print(sum(range(10 ** 6)), sum([10 ** 20] * 5))
print(10 ** 20 * 0, 10 ** 20 * -1, 0 - 10 ** 20)
print((10 ** 20) ** 3 == 10 ** 60, (-10 ** 20) ** 3)
print(int(1e22), int(-1.5e19), int(2.0 ** 80))
x = 1
for i in range(70):
    x = x * 3 + i
print(x, x.bit_length())
print((10 ** 30).bit_length(), (-(2 ** 90)).bit_length(), (0).bit_length())
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 398)
print(True + 10 ** 20, (10 ** 20) * True, (10 ** 20) * False)
