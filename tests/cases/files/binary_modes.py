name = '_tmp_binary_modes.bin'
with open(name, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'\x00\x01\xffabc\n'), f.write(b''))
with open(name, 'rb') as f:
    print(type(f).__name__, f.mode, f.read())
with open(name, 'r+b') as f:
    print(type(f).__name__, f.mode, f.read(2))
    f.write(b'ZZ')
with open(name, 'ab') as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b'tail')
with open(name, 'w+b') as f:
    print(type(f).__name__, f.mode, f.read())
with open(name, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.read())
