import os.path as p
print(p.join(b'a', b'b'), p.split(b'/a/b'), p.splitext(b'x.txt'), p.basename(b'/a/b'), p.dirname(b'/a/b'))
print(p.normpath(b'/a/./b/../c'), p.relpath(b'/a/b', b'/a'), p.commonpath([b'/a/b', b'/a/c']), p.isabs(b'/x'))
print(p.expanduser(b'x'), p.abspath(b'/x/../y'), p.exists(b'.'), p.isdir(b'.'))
