name = '_tmp_closed_file_errors.txt'
f = open(name, 'w')
f.close()
f.close()
print(f.closed)
for op in [lambda: f.write('x'), lambda: f.read(), lambda: f.readline(), lambda: f.tell(),
           lambda: f.seek(0), lambda: f.flush(), lambda: f.fileno(), lambda: iter(f),
           lambda: f.__enter__()]:
    try:
        op()
    except ValueError as e:
        print(e)
g = open(name, 'rb')
g.close()
for op in [lambda: g.read(), lambda: g.readline(), lambda: g.seek(0), lambda: g.tell()]:
    try:
        op()
    except ValueError as e:
        print(e)
