# chr, ord, hex, oct, bin round-trips
print([ord(c) for c in "AZaz09 "])
print("".join(chr(c) for c in range(65, 75)))
print(chr(ord("a") + 1), ord(chr(955)), chr(955))
for n in [0, 7, 10, 255, 256, -1, -16, 2 ** 33]:
    print(n, hex(n), oct(n), bin(n))
print(len(bin(37)) - 2)
msg = "Hi!"
codes = [ord(c) for c in msg]
print(codes, "".join(chr(c) for c in codes))
print(hex(ord("€")), bin(ord("A")))
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
