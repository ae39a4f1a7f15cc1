# Creating UnicodeEncodeError/DecodeError/TranslateError directly: argument checks,
# str() built from the (assignable) attributes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = UnicodeDecodeError('x', b'abc', 0, 2, 'why')
print(str(e), repr(e), e.args)
e = UnicodeDecodeError('x', b'abc', 1, 2, 'why')
print(e)
e.start = 5
e.end = 7
e.reason = 'changed'
print(e, e.args)
e = UnicodeEncodeError('enc', 'a\u20acc', 1, 2, 'r')
print(e, '|', UnicodeEncodeError('enc', 'abc', 1, 2, 'r'), '|', UnicodeEncodeError('enc', 'abc', 0, 3, 'r'))
print(UnicodeEncodeError('e', '\U0001f600', 0, 1, 'r'))
e = UnicodeTranslateError('a\u20acc', 1, 2, 'r')
print(e, e.args, e.object, e.start, e.end, e.reason)
print(UnicodeDecodeError('x', bytearray(b'ab'), 0, 1, 'r').object)
print(isinstance(e, UnicodeError), issubclass(UnicodeDecodeError, ValueError))
t(lambda: UnicodeDecodeError('x'))
t(lambda: UnicodeDecodeError('x', 'abc', 0, 2, 'r'))
t(lambda: UnicodeDecodeError(1, b'abc', 0, 2, 'r'))
t(lambda: UnicodeEncodeError('x', b'abc', 0, 2, 'r'))
t(lambda: UnicodeTranslateError('x', 0, 1))
class MyErr(UnicodeDecodeError):
    pass
m = MyErr('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(m, m.reason, type(m).__name__)
try:
    raise m
except UnicodeError as caught:
    print('caught', caught.start)
