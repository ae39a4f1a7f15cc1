import string, html, fnmatch, difflib, shlex, re
print(string.__file__.endswith('python3.12/string.py'), re.__file__.endswith('python3.12/re/__init__.py'))
f = string.Formatter()
print(f.format('{0:>5}|{name!r}|{x[1]}', 42, name='n', x=[1, 2]))
print(list(f.parse('a{b}c{d!s:>3}')), f.get_field('x.y', (), {'x': type('T', (), {'y': 7})})[0])
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(string.Template('$a $$ $b').safe_substitute(a=1), string.capwords(' hello  world '))
print(html.escape('<a href="x">&</a>'), html.unescape('&lt;p&gt; &amp; &#39; &eacute; &#x263A;'))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'), fnmatch.translate('a?[!b]*'))
a = ['one', 'two', 'three', 'four']
b = ['one', 'too', 'three', 'five', 'six']
print(list(difflib.unified_diff(a, b, 'a', 'b', lineterm='')))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
sm = difflib.SequenceMatcher(None, 'abcd', 'bcde'); print(round(sm.ratio(), 3), sm.get_matching_blocks())
print(list(difflib.ndiff(['a\n', 'b\n'], ['a\n', 'c\n'])))
print(shlex.split('ls -l "my file" \'x y\' a\\ b'), shlex.quote("it's"), shlex.join(['a b', 'c']))
print(re.findall(r'(\w+)@(\w+)\.com', 'x@y.com, a@b.com'), re.sub(r'(?P<w>\d+)', r'<\g<w>>', 'a1b22'))
print(re.split(r'[,;]\s*', 'a, b;c'), re.fullmatch(r'[a-z]+', 'abc').span(), re.compile(r'x', re.I).flags)
