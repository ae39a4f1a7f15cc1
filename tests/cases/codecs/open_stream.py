# codecs.open: reading and writing through StreamReader/StreamWriter (BOM written once).
import codecs, os
fn = '/tmp/_taipan_codecs_open_%d.txt' % os.getpid()
with codecs.open(fn, 'w', encoding='utf-16') as f:
    f.write('héllo\nwörld\n')
    f.writelines(['a', 'b\n'])
print(open(fn, 'rb').read())
with codecs.open(fn, 'r', encoding='utf-16') as f:
    print(repr(f.read()))
with codecs.open(fn, 'r', 'utf-16') as f:
    print(repr(f.readline()), repr(f.readline()))
with codecs.open(fn, encoding='utf-16') as f:
    print([l for l in f])
f = codecs.open(fn, 'rb')
print(f.read()[:4]); f.close()
with codecs.open(fn, 'w', 'utf-8-sig') as f:
    f.write('x')
    f.write('y')
with codecs.open(fn, 'r', 'utf-8-sig') as f:
    print(repr(f.read()))
print(open(fn, 'rb').read())
os.remove(fn)
