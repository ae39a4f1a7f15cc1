name = '_tmp_print_to_file.txt'
with open(name, 'w') as f:
    print('a', 1, 2.5, None, file=f)
    print('x', 'y', sep='-', end='!\n', file=f)
    print(file=f)
    print('flushed', file=f, flush=True)
with open(name) as f:
    print(repr(f.read()))
