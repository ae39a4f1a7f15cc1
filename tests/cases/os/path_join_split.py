import os.path as p
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'), p.join('a', ''))
print(p.split('/a/b/c'), p.split('a'), p.split('/a'), p.split('//a//b//'), p.split(''))
print(p.splitext('a.txt'), p.splitext('.bashrc'), p.splitext('a/b.c/d'), p.splitext('x.tar.gz'), p.splitext('...a'))
print(p.splitdrive('/a/b'), p.splitroot('//x'), p.splitroot('///x'), p.splitroot('a'))
print(p.basename('/a/b/'), p.basename('/a/b'), p.dirname('/a/b/'), p.dirname('a'), p.dirname('//a'))
print(p.isabs('/a'), p.isabs('a'), p.normcase('AbC'))
