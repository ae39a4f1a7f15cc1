# The case methods of bytes change ASCII letters only.
b = b'hello WORLD \xe9\xc9 123 x_y'
print(b.upper(), b.lower(), b.swapcase())
print(b.title(), b.capitalize(), b"they're bill's 1st".title())
print(b'', b''.upper(), b'ABC'.capitalize(), b'a1b2'.title())
