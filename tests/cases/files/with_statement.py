name = '_tmp_with_statement.txt'
with open(name, 'w') as f:
    print(f.closed, f.name, f.mode, f.encoding, f.errors)
print(f.closed)
try:
    with open(name, 'w') as f:
        f.write('partial')
        raise KeyError('boom')
except KeyError as e:
    print('caught', e, f.closed)
with open(name) as f:
    print(f.read())
with open(name) as a, open(name, 'rb') as b:
    print(a.read().encode() == b.read())
