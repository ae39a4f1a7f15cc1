name = '_tmp_flush_at_exit.txt'
f = open(name, 'w')
f.write('written without close\n')
g = open(name)
print('before flush', repr(g.read()))
f.flush()
print('after flush', repr(g.read()))
f.write('pending at exit\n')
print(f.closed, g.closed)
