with open('_tmp_write_read_text.txt', 'w') as f:
    n = f.write('hello\nworld\n')
    print(n)
with open('_tmp_write_read_text.txt') as f:
    print(repr(f.read()))
