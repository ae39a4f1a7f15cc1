import tomllib, doctest, timeit, mimetypes, io
print(tomllib.__file__.endswith('python3.12/tomllib/__init__.py'))
doc = tomllib.loads('''
title = "Taipan"
[owner]
name = "x"
nums = [1, 2.5, true]
dt = 1979-05-27T07:32:00Z
[[items]]
k = "a"
[[items]]
k = "b"
''')
print(doc['title'], doc['owner'], [i['k'] for i in doc['items']])
try:
    tomllib.loads('a = ')
except tomllib.TOMLDecodeError as e:
    print('TOMLDecodeError', e)


def add(a, b):
    """
    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b


finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
for t in finder.find(add):
    runner.run(t, out=out.write)
print(runner.summarize(verbose=False))
print('\n'.join(l for l in out.getvalue().splitlines() if 'line' not in l))
print(timeit.timeit('x = 1', number=10) >= 0, mimetypes.guess_type('a.html'), mimetypes.guess_extension('image/png'))
