name = '_tmp_repr_and_names.txt'
with open(name, 'w') as f:
    print(f)
with open(name, 'rb') as f:
    print(f)
with open(name, 'wb') as f:
    print(f)
with open(name, 'r+b') as f:
    print(f)
with open(name, encoding='latin-1') as f:
    print(f, f.encoding)
f = open(name)
f.close()
print(f, f.name, f.closed)
print(repr(open(name, 'rb', buffering=0)))

class P:
    def __fspath__(self):
        return name
with open(P()) as f:
    print(f.name == name or f.name)
with open(name.encode(), 'rb') as f:
    print(f.name)
