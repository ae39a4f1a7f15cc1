name = '_tmp_universal_newlines.txt'
with open(name, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rend')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(name, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(name, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(name) as f:
    print(repr(f.read(6)), repr(f.read(8)), repr(f.read()))
