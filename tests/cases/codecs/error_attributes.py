# UnicodeEncodeError/DecodeError attributes, messages after changing fields, constructor checks.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args, repr(e))
try:
    b'a\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args, repr(e))
    e.start = 2; print(e)
    e.reason = 'bad'; print(e)
    e.end = 3; print(e)
try:
    bytearray(b'a\xff').decode('ascii')
except UnicodeDecodeError as e:
    print(repr(e.object), e)
e = UnicodeDecodeError('x', b'abc', 0, 2, 'why')
print(e, e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
e = UnicodeEncodeError('x', 'abc', 1, 2, 'why')
print(e, repr(e))
e = UnicodeTranslateError('abc', 1, 2, 'why')
print(e, getattr(e, "encoding", "NA"))
t(lambda: UnicodeDecodeError('x', 'abc', 0, 2, 'why'))
t(lambda: UnicodeDecodeError('x'))
t(lambda: str(UnicodeError('plain')))
e = UnicodeDecodeError('x', bytearray(b'ab'), 0, 1, 'r'); print(repr(e.object))
e = UnicodeEncodeError('x', 'abc', 5, 9, 'why'); print(e)
e = UnicodeEncodeError('x', 'abc', 1, 1, 'why'); print(e)
e = UnicodeDecodeError('x', b'abc', 3, 3, 'why'); print(e)
class E(UnicodeDecodeError): pass
try: raise E('u', b'\xff', 0, 1, 'no')
except UnicodeDecodeError as x: print(type(x).__name__, x)
e = UnicodeTranslateError('a\u20acb\U0001d11e', 1, 2, 'why'); print(e)
e = UnicodeTranslateError('a\u20acb\U0001d11e', 3, 4, 'why'); print(e)
e = UnicodeEncodeError('x', 'a\u20acb\U0001d11e\xff', 1, 2, 'why'); print(e)
e = UnicodeEncodeError('x', 'a\u20acb\U0001d11e\xff', 3, 4, 'why'); print(e)
e = UnicodeEncodeError('x', 'a\u20acb\U0001d11e\xff', 4, 5, 'why'); print(e)
e = UnicodeEncodeError('x', 'a\u20acb\U0001d11e\xff', 0, 1, 'why'); print(e)
e = UnicodeTranslateError('a\u20acb\U0001d11e\xff', 4, 5, 'why'); print(e)
e = UnicodeTranslateError('a\u20acb\U0001d11e\xff', 0, 1, 'why'); print(e)
e = UnicodeTranslateError('abc', 0, 1, 'why'); print(e.args, e.object, e.start)
e = UnicodeEncodeError('x', 'abc', 1, 1, 'why'); e.start=0; print(e, e.args)
e = UnicodeEncodeError('x', 'abc', 1, 1, 'why'); e.encoding=5; print(e, e.args)
