name = '_tmp_write_type_errors.txt'
with open(name, 'w') as f:
    for v in [b'bytes', 1, None]:
        try:
            f.write(v)
        except TypeError as e:
            print(e)
with open(name, 'wb') as f:
    for v in ['str', 1, [1]]:
        try:
            f.write(v)
        except TypeError as e:
            print(e)
with open(name) as f:
    try:
        f.read('x')
    except TypeError as e:
        print(e)
