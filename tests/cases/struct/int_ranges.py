import struct
def hx(b):
    return ''.join('%02x' % c for c in b)
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for code in 'bBhHiIlLqQnN':
    for order in '@=<>!':
        if code in 'nN' and order != '@':
            continue
        fmt = order + code
        size = struct.calcsize(fmt)
        bits = size * 8
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if code.islower() else (0, (1 << bits) - 1)
        for v in (lo, hi, 0, 1, -1, lo - 1, hi + 1, 2**100, -2**100):
            try:
                data = struct.pack(fmt, v)
                back = struct.unpack(fmt, data)[0]
                print(fmt, v, hx(data), back == v)
            except struct.error as e:
                print(fmt, v, 'error', e)
