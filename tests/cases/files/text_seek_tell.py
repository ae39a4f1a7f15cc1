name = '_tmp_text_seek_tell.txt'
with open(name, 'w') as f:
    f.write('first line\nsecond line\nthird\n')
    print(f.tell())
with open(name) as f:
    f.readline()
    pos = f.tell()
    print(pos, repr(f.readline()))
    print(f.seek(pos), repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(5)))
    print(f.seek(0, 1))
    for args in [(3, 1), (-1, 2), (-1,), (0, 5)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
