name = '_tmp_readline_readlines.txt'
with open(name, 'w') as f:
    f.writelines(['a\n', 'bb\n', 'ccc\n', 'dddd'])
with open(name) as f:
    print(repr(f.readline()))
    print(repr(f.readline(1)))
    print(repr(f.readline(-1)))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(name) as f:
    print(f.readlines(3))
    print(f.readlines())
