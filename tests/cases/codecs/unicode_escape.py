# unicode_escape / raw_unicode_escape: escapes both ways, error reasons and positions with each handler.
import codecs
print(codecs.lookup('unicode-escape').name, codecs.lookup('raw_unicode_escape').name, codecs.lookup('Unicode_Escape').name)
tests=[b'\\x4', b'a\\u12', b'\\U00110000', b'\\', b'ab\\x4g', b'\\101\\0\\12x', b'\\\n', b'\\x41\\u20ac\\U0001d11e', b'\\a\\b\\f\\v\\t\\r\\n\\\'\\"\\\\', b'caf\xe9', b'\\N', b'\\N{']
for b in tests:
  for e in ['strict','replace','ignore','backslashreplace']:
    try: print(b, e, repr(b.decode('unicode_escape', e)))
    except Exception as x: print(b, e, type(x).__name__, x, x.start, x.end)
for b in [b'\\u12', b'\\\\u0041', b'\\\\\\u0041', b'\\u0041', b'\\x41', b'\\U00110000', b'\\', b'a\\b\xe9']:
  try: print(b, repr(b.decode('raw_unicode_escape')))
  except Exception as x: print(b, type(x).__name__, x)
print('a\\\'"é\n\t\x00\x7f€𝄞'.encode('unicode_escape'))
print('a\\é€𝄞\n'.encode('raw_unicode_escape'))
print(codecs.encode('é\n', 'unicode_escape'), codecs.decode(b'\\xe9', 'unicode_escape'))
print(codecs.unicode_escape_encode('\t'), codecs.raw_unicode_escape_decode(b'\\u0041'))
s = 'Line\n\ttab é€'
print(s.encode('unicode_escape').decode('ascii'))
print(s.encode('unicode_escape').decode('unicode_escape') == s)
print(bytes('a\\nb', 'utf-8').decode('unicode_escape'))
