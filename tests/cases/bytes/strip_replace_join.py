# strip/lstrip/rstrip (ASCII whitespace or given bytes), replace (counts, empty
# patterns), join (any bytes-like items).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = b' \t\x0b\x0c hi there \r\n'
print(s.strip(), s.lstrip(), s.rstrip(), b'\xa0x\xa0'.strip())
print(b'xxhixx'.strip(b'x'), b'abcba'.strip(b'ab'), b'abc'.lstrip(bytearray(b'a')), b'abc'.rstrip(None))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'bb', 2), b'aaa'.replace(b'aa', b''))
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'))
print(b'abc'.replace(b'x', b'y'), b'abc'.replace(b'b', b'B', 0), b'abab'.replace(b'ab', b'X', -1))
print(b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b'-'.join(b'x' for _ in range(3)))
t(lambda: b'abc'.strip('a'))
t(lambda: b'abc'.strip(b'a', b'b'))
t(lambda: b'abc'.replace('a', 'b'))
t(lambda: b'abc'.replace(b'a', b'b', count=1))
t(lambda: b'-'.join([b'a', 'b']))
t(lambda: b'-'.join([b'a', 1]))
t(lambda: b'-'.join(5))
