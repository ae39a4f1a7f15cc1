# Every text codec with every error handler, encoding and decoding.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'aé€𝄞'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'latin-1', 'ascii', 'utf-8-sig', 'cp1252']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
        t(lambda: s.encode(enc, err))
bad = [b'\xff', b'a\x80b', b'\xe2\x82', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'a\x00b', b'\x00\xd8\x00\xdc', b'\x00\xdc']
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'ascii', 'latin-1']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace']:
        for b in bad:
            t(lambda: b.decode(enc, err))
t(lambda: b'x'.decode('utf-8', 'xmlcharrefreplace'))
t(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
t(lambda: b'\xff'.decode('utf-8', 'bogus'))
t(lambda: 'é'.encode('ascii', 'bogus'))
t(lambda: 'e'.encode('ascii', 'bogus'))
t(lambda: 'e'.encode('bogus'))
t(lambda: 'e'.encode('hex'))
t(lambda: b'e'.decode('rot13'))
t(lambda: b'\xff\xfea\x00'.decode('utf-16'))
t(lambda: b'\xfe\xff\x00a'.decode('utf-16'))
t(lambda: b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'))
t(lambda: b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
t(lambda: b'\xef\xbb\xbfabc'.decode('utf-8-sig'))
t(lambda: b'\xef\xbb\xbfabc'.decode('utf-8'))
t(lambda: 'x'.encode('UTF8'))
t(lambda: 'x'.encode('Latin1'))
t(lambda: 'x'.encode('u16'))
