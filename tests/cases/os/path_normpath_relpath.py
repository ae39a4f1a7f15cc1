import os.path as p
for s in ['', '.', '/', '//', '///', 'a/../..', '/../a', 'a//b/./c/', 'a/b/../../c', '../x/../y']:
    print(repr(s), repr(p.normpath(s)))
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'), p.relpath('/x/y', '/a/b'))
try:
    p.relpath('')
except ValueError as e:
    print(e)
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c']), p.commonpath(['/a']))
for bad in [[], ['/a', 'b']]:
    try:
        p.commonpath(bad)
    except ValueError as e:
        print(e)
print(repr(p.commonprefix([])), p.commonprefix(['interval', 'internal']), p.commonprefix([[1, 2], [1, 3]]))
