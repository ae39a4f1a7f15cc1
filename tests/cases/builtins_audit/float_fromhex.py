cases = [
    "0x1.8p1", "0x1p0", "1", "-0x1p-1", "  0x1.4000000000000p+1  ", "0X1P+4",
    "0x.8", "0x8.", "inf", "-Infinity", "nan", "0x0p0", "-0x0.0p+0",
    "0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "0x1p-1074",
    "0x1p-1075", "0x1.8p-1074", "0x1.00000000000008p0", "0x1.00000000000018p0",
    "0x1.000000000000080000001p0", "0x3p-1076", "0xffffffffffffffffffffp0",
    "0x1p1023", "0x1.fffffffffffff8p1023",
    "0x1p1024", "0x", "0x1.2.3", "1e5", "", "0xg", "0x1p", "0x1p+",
]
for c in cases:
    try:
        v = float.fromhex(c)
        print(repr(c), repr(v), v.hex())
    except (ValueError, OverflowError) as e:
        print(repr(c), type(e).__name__, e)
for x in [0.1, 1/3, 1e-310, 123456.789, -1.5e200]:
    assert float.fromhex(x.hex()) == x
print((0.1).hex(), (1/3).hex())
try:
    float.fromhex(5)
except TypeError as e:
    print("TypeError", e)

class F(float):
    pass

print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
