name = '_tmp_decode_errors.txt'
with open(name, 'wb') as f:
    f.write(b'ok \xff bad\n')
try:
    with open(name) as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
with open(name, errors='replace') as f:
    print(repr(f.read()))
with open(name, errors='ignore') as f:
    print(repr(f.read()))
with open(name, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
try:
    open(name, encoding='ascii').read()
except ValueError as e:
    print(type(e).__name__, e)
with open(name, 'wb') as f:
    f.write(b'\xe2\x82')
try:
    open(name).read()
except UnicodeDecodeError as e:
    print(e)
