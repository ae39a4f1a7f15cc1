# is*() predicates: ASCII only, False for empty bytes (except isascii).
cases = [b'', b'abc', b'ABC', b'Abc', b'abc123', b'123', b' \t\n\r\x0b\x0c', b'\xe9',
         b'Hello World', b'Hello world', b'HELLO', b'hello ', b'a_b']
for c in cases:
    print(repr(c), c.isalnum(), c.isalpha(), c.isdigit(), c.islower(), c.isupper(),
          c.isspace(), c.istitle(), c.isascii())
