# UTF-16: a BOM when the byte order is not given, -le/-be without, surrogate pairs,
# and the decoding errors.
def show(b, enc, errors='strict'):
    try:
        print(repr(b.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print(e)
s = 'aé😀'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'UTF16', 'utf_16le', 'utf-16BE']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
show(b'\xff\xfea\x00', 'utf-16')
show(b'\xfe\xff\x00a', 'utf-16')
show(b'a\x00b\x00', 'utf-16')
show(b'a\x00b', 'utf-16')
show(b'a\x00b', 'utf-16-le')
show(b'\x00\xd8a\x00', 'utf-16-le')
show(b'\x00\xdca\x00', 'utf-16-le')
show(b'a\x00\x00\xd8', 'utf-16-le')
show(b'\xfe\xff\xd8\x00', 'utf-16')
show(b'a\x00\x00\xd8', 'utf-16-le', 'replace')
show(b'\x00\xd8a\x00', 'utf-16-le', 'replace')
show(b'a\x00b', 'utf-16-le', 'backslashreplace')
show(b'a\x00b', 'utf-16-le', 'ignore')
print(''.encode('utf-16'), b''.decode('utf-16'), 'x'.encode('utf-16-be'))
