# template errors in sub() and expand()
import re

cases = [r'\2', r'\g<2>', r'\g<x>', r'\g<', r'\g<1', r'\g<>', r'\g', r'\g<a b>', r'\q',
         '\\', r'\400', r'\g<-1>', r'\g<99999999999>', r'\9', r'\10', r'\xff', r'\u1234']
for t in cases:
    try:
        print(repr(t), '->', repr(re.sub('(a)', t, 'a')))
    except re.error as e:
        print(repr(t), '-> error:', e, '|', e.pos, repr(e.pattern))
    except IndexError as e:
        print(repr(t), '-> IndexError:', e)
m = re.match('(a)', 'a')
for t in [r'\1\1', r'\2', r'\g<name>']:
    try:
        print(repr(m.expand(t)))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub(b'a', rb'\g<\xe9>', b'a')
except re.error as e:
    print('error:', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError:', e)
