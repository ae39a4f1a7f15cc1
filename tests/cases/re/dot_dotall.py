# . with and without DOTALL
import re

s = 'line1\nline2\r\nline3'
print(re.findall('.+', s))
print(re.findall('.+', s, re.DOTALL))
print(re.findall('(?s).+', s))
print(re.findall('(?s:.)', 'a\nb'))
print(re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.S))
print(re.findall('.', 'x\u00e9\U0001F600\n'))
print(re.match('.*', 'abc\ndef').group())
print(re.match('.*', 'abc\ndef', re.S).group())
print(re.match('.{3}', '\u00e9\u00e9\u00e9\u00e9').group())
print(re.match('(?s).*?c', 'a\nbc\nc').group())
