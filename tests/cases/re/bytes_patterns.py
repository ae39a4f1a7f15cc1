# bytes patterns and subjects
import re

print(re.findall(rb'\d+', b'a1 b22 \xb2'))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'))
print(re.findall(rb'\s+', b'a \t\n\x0b\x0c\r\x1cb'))
print(re.match(rb'(?i)caf\xc9', b'CAF\xe9'))
print(re.sub(rb'[\x80-\xff]', b'?', b'caf\xe9 \xff'))
print(re.split(rb'\x00', b'a\x00b\x00'))
m = re.search(rb'(?P<n>\d+)', b'x 42 y')
print(m, m.group('n'), m.groups(), m.span(), m.groupdict())
print(re.compile(rb'a.c', re.S).match(b'a\nc'))
print(re.fullmatch(rb'[^\x00-\x7f]+', b'\x80\xff'))
print(re.findall(rb'.', b'\x00\xff'))
print(re.escape(b'\x00a.'))
print(re.compile(rb'x', re.L).flags, re.compile(rb'x').flags)
print(re.match(rb'\x41\101\n', b'AA\n'))
print(re.sub(rb'(a)', rb'\1\1', b'banana'))
print(re.findall(rb'\bx\b', b'x \xe9x'))
