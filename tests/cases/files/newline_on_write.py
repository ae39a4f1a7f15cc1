name = '_tmp_newline_on_write.txt'
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(name, 'w', newline=nl) as f:
        print(f.write('a\nb\r\nc'))
    with open(name, 'rb') as f:
        print(repr(nl), f.read())
