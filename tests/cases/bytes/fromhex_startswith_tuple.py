# bytes.fromhex arity messages, subclass results; startswith/endswith tuples stop at the first match.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bytearray.fromhex())
t(lambda: bytearray.fromhex(x='a'))
t(lambda: bytes.fromhex('a', 'b'))
class S(bytes): pass
t(lambda: S.fromhex('4142'))
t(lambda: type(S.fromhex('4142')))
class BA(bytearray): pass
t(lambda: type(BA.fromhex('41')))
t(lambda: b'abc'.startswith((b'a', 'b')))
t(lambda: b'abc'.startswith((b'x', 'b')))
t(lambda: b'abc'.endswith(()))
t(lambda: bytearray(b'abc').endswith((b'c', 1)))
t(lambda: bytearray(b'abc').endswith((b'x', 1)))
