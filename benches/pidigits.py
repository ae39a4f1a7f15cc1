# Digits of pi with Gibbons' unbounded spigot algorithm (big-integer
# arithmetic: multiplication, addition, floor division with growing
# operands), and a second section computing e's digits with a big-integer
# series.  Prints the digits in rows of 50 and a checksum.

import math

DIGITS = 6000
E_DIGITS = 4200
# CPython refuses int<->str conversions beyond 4300 digits by default
CONVERT_DIGITS = 4000


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out


def e_digits(count):
    # e = sum 1/k!, evaluated as a fixed-point big integer
    scale = 10 ** (count + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    s = str(total)
    return s[:count]


def arctan_inv(x, scale):
    # arctan(1/x) * scale, by the alternating Taylor series
    total = term = scale // x
    x2 = x * x
    k = 1
    sign = -1
    while term:
        term //= x2
        k += 2
        total += sign * (term // k)
        sign = -sign
    return total


def machin_pi(count):
    scale = 10 ** (count + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)


def main():
    digits = pi_digits(DIGITS)
    text = "".join(str(d) for d in digits)
    for i in range(0, len(text), 50):
        if i % 500 == 0:
            print(text[i:i + 50], ":", i + 50)
    check = 0
    for d in digits:
        check = (check * 10 + d) % 1000000007
    print("pi checksum:", check)
    m = machin_pi(CONVERT_DIGITS)
    agree = 0
    while agree < len(m) and agree < len(text) and m[agree] == text[agree]:
        agree += 1
    print("Machin formula agrees on", agree, "digits")
    e = e_digits(E_DIGITS)
    print("e starts", e[:20], "ends", e[-20:])
    print("e digit sum:", sum(int(c) for c in e))
    big = int(text[:CONVERT_DIGITS])
    print("pi digits as int: bits =", big.bit_length(), "mod 997 =", big % 997,
          "isqrt tail =", math.isqrt(big) % 1000000)


main()
