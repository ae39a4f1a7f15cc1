name = '_tmp_read_sizes.txt'
with open(name, 'w', encoding='utf-8') as f:
    f.write('h\u00e9llo w\u00f6rld \u20ac!')
with open(name, encoding='utf-8') as f:
    print(repr(f.read(2)), repr(f.read(0)), repr(f.read(3)), repr(f.read(None)), repr(f.read()))
with open(name, 'rb') as f:
    print(f.read(2), f.read(0), f.read(3), f.read(-1), f.read())
