# Error handlers when decoding bytes: ignore, replace, backslashreplace (and a valid input
# with surrogateescape); encode-only handlers fail.
data = [b'a\xff\xfeb', b'a\xf0\x9f\x41', b'a\xf0\x9f\x98', b'\xe9t\xe9']
for b in data:
    for errors in ['ignore', 'replace', 'backslashreplace']:
        print(b, errors, repr(b.decode('utf-8', errors)), repr(b.decode('ascii', errors)))
print(repr(b'valid \xc3\xa9'.decode('utf-8', 'surrogateescape')))
print(repr(bytearray(b'x\xff').decode(errors='replace')), repr(str(b'x\xff', 'utf-8', 'ignore')))
for errors in ['xmlcharrefreplace', 'namereplace']:
    try:
        b'a\xff'.decode('utf-8', errors)
    except TypeError as e:
        print(errors, type(e).__name__, e)
