name = '_tmp_unsupported_operation.txt'
with open(name, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
    print(f.readable(), f.writable(), f.seekable())
with open(name) as f:
    try:
        f.write('x')
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, OSError))
    print(f.readable(), f.writable(), f.seekable())
with open(name, 'rb') as f:
    try:
        f.write(b'x')
    except OSError as e:
        print(type(e).__name__, e)
with open(name, 'wb') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
        print(type(e).__mro__)
