# Encoding names are looked up as CPython's codec registry does: case, '-', '_' and
# spaces don't matter, aliases work; unknown names are LookupErrors.
def t(f):
    try:
        print(repr(f()))
    except LookupError as e:
        print(type(e).__name__, e)
for name in ['UTF-8', 'utf_8', ' Utf 8 ', 'u8', 'ASCII', 'us-ascii', '646', 'latin-1',
             'Latin1', 'ISO-8859-1', 'iso8859_1', 'l1', 'cp819', 'utf-8-sig', 'cp1252', 'windows-1252']:
    t(lambda: 'aé'.encode(name, 'replace'))
t(lambda: 'x'.encode('xyz'))
t(lambda: b'x'.decode('no_such_codec'))
t(lambda: 'x'.encode('Utf.8'))
t(lambda: 'x'.encode('rot13'))
t(lambda: b'x'.decode('hex'))
t(lambda: 'x'.encode('utf-8', 'no-such-handler'))
t(lambda: 'é'.encode('ascii', 'no-such-handler'))
t(lambda: b'\xff'.decode('ascii', 'bogus'))
t(lambda: b'ok'.decode('ascii', 'bogus'))
