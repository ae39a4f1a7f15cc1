# backreferences \1 (?P=name) and case-insensitive ones
import re

print(re.search(r'(\w)\1', 'abccd'))
print(re.findall(r'(\w)\1', 'aabbcdd'))
print(re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi\' there" ok').group())
print(re.match(r'(a*)b\1', 'aabaa'), re.match(r'(a*)b\1', 'aaba'))
print(re.match(r'(a)|b\1', 'b'))
print(re.search(r'(?i)(ab)\1', 'abAB'), re.search(r'(ab)\1', 'abAB'))
print(re.match(r'(?:(a)|b)\1', 'ba'))
print(re.search(r'\b(\w+) \1\b', 'this is is a test test'))
print(re.sub(r'\b(\w+)( \1\b)+', r'\1', 'paris in the the the spring'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.match(r'(x)\01', 'x\x01'))
print(re.match(r'(\u00e9)\1', '\u00e9\u00e9'), re.match(r'(?i)(\u00e9)\1', '\u00e9\u00c9'))
print(re.match(r'(a+)+\1', 'aaaa').groups())
