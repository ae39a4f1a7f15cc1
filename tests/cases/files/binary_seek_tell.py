name = '_tmp_binary_seek_tell.bin'
with open(name, 'wb') as f:
    f.write(b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13')
with open(name, 'rb') as f:
    print(f.seek(5), f.read(2), f.tell())
    print(f.seek(3, 1), f.read(1))
    print(f.seek(-4, 2), f.read())
    print(f.seek(100), f.read(), f.tell())
    try:
        f.seek(-1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(1.5)
    except TypeError as e:
        print(e)
