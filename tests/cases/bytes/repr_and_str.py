# repr() of bytes: the quote choice and the escapes; str() is the repr.
for b in [b'', b'plain', b"it's", b'say "hi"', b'both \' and "', b'\\',
          b'\t\n\r', b'\x00\x01\x1f\x7f\x80\xff', bytes(range(30, 40))]:
    print(repr(b))
print(str(b'abc'), f'{b"x"}', '%s' % b'y', [b'in', b'list'])
print(ascii(b'\xe9'), format(b'fmt'))
