# lookbehind (?<=...) (?<!...) (fixed width)
import re

print(re.findall(r'(?<=\$)\d+', 'cost $30 and $45, 50'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 and $45, 50'))
print(re.search(r'(?<=abc)def', 'abcdef').span())
print(re.search(r'(?<=a|b)c', 'xbc').span())
print(re.search(r'(?<=ab|cd)e', 'cde').span())
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.search(r'(?<!a)b', 'abcb').span())
print(re.match(r'(?<=a)', 'a'), re.search(r'(?<=a)', 'ba').span())
print(re.search(r'(?<=\u00e9)x', 'a\u00e9x').span())
print(re.search(r'(?<=^)a', 'a'), re.search(r'(?<!^)a', 'aa').span())
print(re.search(r'(?<=a{3})b', 'aaab').span())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.compile('a(?<=a)').search('xa').span())
print(re.compile(r'(?<=x)y').search('xy', 1).span())
print(re.compile(r'(?<=(a))(?<=\1)b').search('ab'))
for pat in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!a*)b', r'(?<=a{1,2})b']:
    try:
        re.compile(pat)
        print(pat, 'ok')
    except re.error as e:
        print(pat, 'error:', e, e.pos)
