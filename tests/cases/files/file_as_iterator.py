name = '_tmp_file_as_iterator.txt'
with open(name, 'w') as f:
    f.write('1\n2\n3\n')
f = open(name)
print(iter(f) is f, next(f), next(f))
print(next(f, 'x'), next(f, 'end'))
f.close()
with open(name) as f:
    print(sum(int(x) for x in f))
with open(name) as f:
    print(list(enumerate(f)))
with open(name) as f:
    print(f.fileno() > 2, f.isatty())
