# UnicodeDecodeError from utf-8 and ascii: positions and reasons as CPython reports them.
def show(b, enc='utf-8'):
    try:
        print(repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(e)
        print('   ', e.encoding, e.object, e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))
show(b'\xff')
show(b'abc\x80def')
show(b'a\xe4\x41')
show(b'a\xf0\x9f\x41')
show(b'a\xf0\x9f\x98')
show(b'\xed\xa0\x80')
show(b'\xc0\x80')
show(b'\xf5\x80\x80\x80')
show(b'\xe0\x80\x80')
show(b'\xf4\x90\x80\x80')
show(b'ok \xc3\xa9')
show(b'\xe9t\xe9', 'ascii')
show(bytearray(b'\xff'))
