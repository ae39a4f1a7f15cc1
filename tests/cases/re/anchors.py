# ^ $ \A \Z with and without MULTILINE
import re

s = 'one\ntwo\nthree\n'
print(re.findall('^\\w+', s))
print(re.findall('^\\w+', s, re.M))
print(re.findall('\\w+$', s))
print(re.findall('\\w+$', s, re.M))
print(re.findall('$', s), re.findall('$', s, re.M))
print([m.span() for m in re.finditer('$', 'ab\n')])
print([m.span() for m in re.finditer('^', 'a\nb\n', re.M)])
print(re.search('\\Aone', s), re.search('\\Atwo', s, re.M))
print(re.search('three\\Z', s), re.search('three\\n\\Z', s))
print(re.search('three$', s), re.search('three$', 'three\n\n'))
print(re.search('^$', ''), re.search('^$', '\n', re.M))
print(re.search('a^b', 'ab'), re.search('a$b', 'ab'))
print(re.sub('^', '> ', 'a\nb\nc', flags=re.M))
print(re.sub('$', ';', 'a\nb\nc', flags=re.M))
print(re.split('^', 'a\nb', flags=re.M))
