# hex, oct, bin and int literals
print(hex(255), hex(-255), hex(0))
print(oct(8), oct(-8), oct(0))
print(bin(5), bin(-5), bin(0))
print(0xff, 0o777, 0b1111, 0XAB, 0B11)
print(hex(2 ** 100))
print(bin(2 ** 20 - 1))
print(1_000, 0x_ff, 0b_1_0)
for n in [0, 1, 15, 16, 255, 4096]:
    print(n, hex(n), oct(n), bin(n))
print(str(-0), repr(10 ** 5), str(7))
print(hex(-(2 ** 64)), oct(2 ** 30), bin(-1))
print(0x10 + 0o10 + 0b10, 0xDEAD_BEEF)
print(str(0b1111_0000), repr(0o7_7))
values = [0, 9, 10, 100, 1000, 2 ** 31 - 1]
print([len(bin(v)) - 2 for v in values])
print([hex(v)[2:].upper() for v in values])
