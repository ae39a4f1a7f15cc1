# Error handlers registered with codecs.register_error, used by str.encode and bytes.decode.
import codecs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: codecs.register_error('zz', 5))
codecs.register_error('zz', lambda e: ('<%d>' % e.start, e.end))
print(codecs.lookup_error('zz').__name__)
print('aé€b'.encode('ascii', 'zz'))
print('aé€bé'.encode('latin-1', 'zz'))
print('a€b'.encode('cp1252', 'zz'), 'a\x81b'.encode('cp1252', 'zz'))
print(b'a\xffb'.decode('ascii', 'zz'))
print(b'a\xff\xfeb\xe2\x82'.decode('utf-8', 'zz'))
print(b'\xff\xfea\x00\x00\xdcb\x00x'.decode('utf-16', 'zz'))
print(bytearray(b'a\x81').decode('cp1252', 'zz'))
print(bytes('aé', 'ascii', 'zz'), str(b'\xff', 'ascii', 'zz'))
codecs.register_error('zz2', lambda e: (b'#', e.end))
print('aé€b'.encode('ascii', 'zz2'))
codecs.register_error('zz3', lambda e: ('é', e.end))
t(lambda: 'aé€b'.encode('ascii', 'zz3'))
codecs.register_error('zz4', lambda e: ('x', -1))
print('aéb'.encode('ascii', 'zz4'))
codecs.register_error('zz5', lambda e: 5)
t(lambda: 'aéb'.encode('ascii', 'zz5'))
t(lambda: b'a\xffb'.decode('ascii', 'zz5'))
codecs.register_error('zz6', lambda e: ('x', 10))
t(lambda: 'aéb'.encode('ascii', 'zz6'))
codecs.register_error('zz7', lambda e: (b'x', 1))
t(lambda: b'\xff'.decode('ascii', 'zz7'))
seen = []
def h(e):
    seen.append((type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason))
    return ('?', e.end)
codecs.register_error('rec', h)
print('é€x'.encode('ascii', 'rec'), b'\x80a\x80\x80'.decode('ascii', 'rec'), seen)
def skipper(e):
    raise KeyError('boom')
codecs.register_error('boom', skipper)
t(lambda: 'é'.encode('ascii', 'boom'))
codecs.register_error('bsr', codecs.backslashreplace_errors)
print('é'.encode('ascii', 'bsr'), b'\xff'.decode('utf-8', 'bsr'))

