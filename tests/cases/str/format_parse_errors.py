# str.format / format_map: malformed replacement fields raise CPython's messages
import string

cases = ['{0[}', '{!}', '{', '}', '{0!x}', '{:{:{}}}', '{0.}', '{0[]}', '{a.b.}',
         '{0!}', '{0!r', '{0!rr}', '{0:', '{0[0}', '{0]}', 'a}b', '{{}', '{0[0]x}',
         '{0.a[}', '{:{:{:{}}}}', '{0!r:x', '{a', '{.a}', '{[0]}', '{0..a}', '{!r}',
         '{0:{}}', '{0:{}', '{:}}', '{0 }', '{-1}', '{00}', '{0[a]b}', '{0{}',
         '{a{b}', '{0[{]}', '{0[}]}', '{0[:]}', '{0[!]}', '{!r:}', '{0!s:>5}',
         '{0[1]!r:^7}', '{:{}}', '{0:{1}}', '{0!', '{0[0]!}', '}}{', '{}}', '{{{0}}}',
         '{0:}}', '{0:{{}}}', '{:x}}', 'x{', '{0.__class__}', '{0[1}']
for s in cases:
    try:
        r = repr(s.format([1, 2], 'ab', 5, a=[1]))
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(repr(s), r)
    try:
        r = repr(s.format_map({'a': [1]}))
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print('   map', r)
    try:
        r = list(string.Formatter().parse(s))
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print('   parse', r)
