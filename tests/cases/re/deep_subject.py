# long subjects must not overflow the stack
import re

s = 'ab' * 100000
print(re.match(r'(a|b)*', s).span(), re.match(r'(a|b)*', s).group(1))
print(re.match(r'(?:ab)*', s).span())
print(re.match(r'(ab)*', s).group(1))
print(re.match(r'(?:a|b)*?$', s).span())
print(re.match(r'.*?b$', s).span())
print(re.fullmatch(r'(?:a|b)+', s) is not None)
print(re.match(r'(?:(a)|b)*', s).groups())
print(re.match(r'(a*)*', 'a' * 100000).span())
print(re.match(r'(?:a+)+b', 'a' * 50 + 'b').span())
print(re.search(r'(\w+)\s(\w+)', 'x' * 200000 + ' y').span())
print(len(re.findall(r'\w+', 'word ' * 50000)))
print(len(re.sub(r'a', 'bb', 'a' * 100000)))
print(len(re.split(r',', ',' * 100000)))
print(re.match(r'(?>a|b)*c', s + 'c').span())
print(re.match(r'(?=(a|b)*)', s).group(1))
t = '\u00e9' * 100000
print(re.match('(\u00e9|x)*', t).span(), re.search('x', t))
