# sub() with a function
import re

def upper(m):
    return m.group().upper()

print(re.sub(r'[aeiou]', upper, 'programming language'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\d', lambda m: None, 'a1b2'))
print(re.sub(r'(\w+)@(\w+)', lambda m: m.group(2) + '@' + m.group(1), 'joe@site ann@web'))
calls = []
def record(m):
    calls.append((m.span(), m.group(), m.pos, m.endpos, m.string))
    return '#'
print(re.sub(r'x*', record, 'axxb'))
print(calls)
p = re.compile(r'\$(\w+)')
env = {'name': 'World', 'greet': 'Hello'}
print(p.sub(lambda m: env.get(m.group(1), m.group(0)), '$greet, $name! $missing'))
# reentrant: the callback uses the same pattern
q = re.compile(r'\d')
print(q.sub(lambda m: str(len(q.findall('1a2b3'))), 'x1y2'))
print(re.sub(rb'[a-z]', lambda m: b'<' + m.group() + b'>', b'abc1'))
for bad in [lambda m: 1, lambda m: b'x']:
    try:
        re.sub('a', bad, 'xaya')
    except TypeError as e:
        print('TypeError:', e)
try:
    re.sub(b'a', lambda m: 'x', b'a')
except TypeError as e:
    print('TypeError:', e)
def boom(m):
    raise ValueError('boom ' + m.group())
try:
    re.sub('b', boom, 'abc')
except ValueError as e:
    print('ValueError:', e)
