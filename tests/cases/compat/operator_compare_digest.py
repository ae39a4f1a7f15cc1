from _operator import _compare_digest as cmp

print(cmp(b'abc', b'abc'), cmp(b'abc', b'abd'), cmp(b'a', b'ab'), cmp('ab', 'ab'), cmp('ab', 'ac'))
print(cmp(bytearray(b'x'), b'x'), cmp(memoryview(b'yz'), bytearray(b'yz')), cmp(b'', b''))
for args in [('a', b'a'), (b'a', 'a'), (1, 2), ('\xe9', '\xe9'), ([1], [1])]:
    try:
        print(cmp(*args))
    except TypeError as e:
        print('TypeError', e)
