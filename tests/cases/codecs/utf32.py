# UTF-32 with and without a BOM, and its decoding errors.
def show(b, enc, errors='strict'):
    try:
        print(repr(b.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print(e)
s = 'aé😀'
for enc in ['utf-32', 'utf-32-le', 'utf-32-be', 'U32', 'utf_32be']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
show(b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32')
show(b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32')
show(b'a\x00\x00\x00', 'utf-32')
show(b'\x00\x00\x11\x00', 'utf-32-le')
show(b'\x00\xd8\x00\x00', 'utf-32-le')
show(b'\x00\xd8\x00', 'utf-32-le')
show(b'a\x00\x00\x00\xff\xff\xff\xff', 'utf-32-le', 'replace')
show(b'a\x00\x00\x00b\x00', 'utf-32-le', 'ignore')
