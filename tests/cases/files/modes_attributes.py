name = '_tmp_modes_attributes.txt'
for mode in ['w', 'r', 'a', 'r+', 'w+', 'a+', 'rt', 'wt', 'wb', 'rb', 'ab', 'r+b', 'w+b', 'a+b', 'rb+']:
    with open(name, mode) as f:
        print(mode, type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
print(type(open(name)))
