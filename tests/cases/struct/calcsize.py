import struct
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 's', 'p', 'P',
            'ii?q', '@bq', '=bq', '<bq', '>bq', '!bq', '10s3p0i', 'i x', 'ci', 'ic', 'hid', '@e?f', 'bhbibqb', '0q', 'b0q',
            '3x', '5s', '5p', '=l', '<L', ' i ', '2c3?', 'q0b', '@3sQ', 'hhhi', '']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.calcsize(b'<iq'))
