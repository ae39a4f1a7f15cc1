# A lone backslash ending a template is reported before an error in the token just
# before it (CPython's tokenizer reads one token ahead); errors further back win.
import re

templates = ['\\1\\', '\\g<g1>\\', '\\g<x\\', '\\g\\', '\\q\\', '\\400\\', '\\g<1>\\',
             '\\g<a-b>\\', '\\\\\\', '\\2x\\', '\\g<zz>x\\', '\\q \\', 'ab\\', '\\',
             '\\g<9>\\', '\\09\\', '\\19\\', '\\1']
for t in templates:
    for repl in (t, t.encode()):
        try:
            print(repr(t), repr(re.sub('(a)', repl, 'a') if isinstance(repl, str) else re.sub(b'(a)', repl, b'a')))
        except re.error as e:
            print(repr(t), 'error:', e, e.pos)
        except IndexError as e:
            print(repr(t), 'IndexError:', e)
m = re.match('(a)', 'a')
for t in templates:
    try:
        print(repr(t), repr(m.expand(t)))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
