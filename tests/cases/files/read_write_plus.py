name = '_tmp_read_write_plus.txt'
with open(name, 'w+') as f:
    f.write('hello world\n')
    f.seek(0)
    print(repr(f.read(5)))
    f.seek(0, 2)
    f.write('more\n')
    f.seek(0)
    print(f.readlines())
with open(name, 'r+') as f:
    f.write('HELLO')
    f.seek(0)
    print(repr(f.read()))
