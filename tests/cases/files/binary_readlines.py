name = '_tmp_binary_readlines.bin'
with open(name, 'wb') as f:
    f.writelines([b'one\n', b'two\r\n', b'three'])
with open(name, 'rb') as f:
    print(f.readline(), f.readline(2), f.readline())
    print(f.readlines())
with open(name, 'rb') as f:
    for line in f:
        print(line)
with open(name, 'rb') as f:
    print(f.readlines())
