# lookahead (?=...) (?!...)
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'))
print(re.findall(r'\b\w+\b(?!,)', 'a, bb, ccc'))
print(re.search(r'foo(?=bar)', 'foobaz foobar').span())
print(re.search(r'foo(?!bar)', 'foobar foobaz').span())
print(re.match(r'(?=(\w+))\w', 'hello').groups())
print(re.match(r'(?!(a)b)a', 'ac').groups())
print(re.match(r'(?=a)(?=ab)(?=abc)abcd', 'abcd'))
print(re.sub(r'(?=\d{3}$)', ',', '1234'))
print(re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '1234567890'))
pw = re.compile(r'^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$')
for s in ['Passw0rd', 'password', 'PASSWORD1', 'Pa1']:
    print(s, bool(pw.match(s)))
print(re.findall(r'(?=(\w\w))', 'abcd'))
print(re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac'))
print(re.match(r'(?!)', ''), re.match(r'(?=)', ''))
print(re.search(r'a(?=b(?!c))', 'abc ab'))
