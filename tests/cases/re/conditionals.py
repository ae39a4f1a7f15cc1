# conditional groups (?(id)yes|no)
import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(repr(s), m.groups() if m else None)
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'))
print(re.match(r'(a)?(?(1)b)', 'x'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"quoted"').group())
print(re.match(r'(?P<q>")?\w+(?(q)")', 'bare').group())
print(re.match(r'(?P<q>")?\w+(?(q)")$', '"half'))
print(re.findall(r'(\()?\d+(?(1)\))', '(1) 2 (3 4)'))
print(re.match(r'(a)|(?(1)x|y)', 'y'))
