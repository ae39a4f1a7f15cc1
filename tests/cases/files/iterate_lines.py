name = '_tmp_iterate_lines.txt'
with open(name, 'w') as f:
    for i in range(5):
        f.write(f'line {i}\n')
    f.write('no newline at end')
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name) as f:
    print([len(l) for l in f])
    print(list(f))
