name = '_tmp_truncate.txt'
with open(name, 'w') as f:
    f.write('0123456789')
with open(name, 'r+') as f:
    print(f.truncate(4), f.tell())
    print(repr(f.read()))
with open(name, 'r+b') as f:
    f.seek(2)
    print(f.truncate(), f.read(), f.tell())
with open(name, 'rb') as f:
    print(f.read())
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
