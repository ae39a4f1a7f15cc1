# Tight integer loop: 10 million iterations of a `while` loop doing small-int
# additions, modulo, bitwise ops and comparisons, plus an inner `for ... in
# range(...)` loop and a small helper function call every 1000 iterations.
# Prints a checksum so the output can be compared between implementations.


def mix(a, b):
    return (a * 31 + b) & 0xFFFF


def main():
    n = 10000000
    i = 0
    acc = 0
    x = 12345
    odd = 0
    while i < n:
        x = (x * 5 + 7) & 0xFFFFF
        if x % 3 == 0:
            acc = acc + (x >> 4)
        elif x & 1:
            odd = odd + 1
            acc = acc ^ (x & 0xFF)
        else:
            acc = acc - (x % 97)
        if i % 1000 == 0:
            for j in range(10):
                acc = acc + mix(j, i & 0xFF)
        i = i + 1
    print(n, acc, odd, x)


main()
