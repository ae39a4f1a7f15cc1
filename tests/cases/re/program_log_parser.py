# Parsing an access log with named groups, then summarising it.
import re

LOG = r'''
127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
192.168.1.5 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
10.0.0.7 - alice [10/Oct/2000:13:57:12 -0700] "GET /index.html HTTP/1.1" 200 5120
10.0.0.7 - alice [10/Oct/2000:13:57:13 -0700] "GET /missing.png HTTP/1.1" 404 312
garbage line that does not match
192.168.1.5 - - [10/Oct/2000:14:01:44 -0700] "GET /index.html HTTP/1.1" 200 5120
'''

LINE = re.compile(r'''
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s
    \S+\s(?P<user>\S+)\s
    \[(?P<day>\d{2})/(?P<month>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]{8})\s(?P<tz>[+-]\d{4})\]\s
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/\d\.\d)"\s
    (?P<status>\d{3})\s(?P<size>\d+|-)$
''', re.VERBOSE | re.MULTILINE)

records = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(records), 'records')
for r in records:
    print(r['ip'], r['user'], r['method'], r['path'], r['status'], r['size'])

by_status = {}
total = 0
for r in records:
    by_status[r['status']] = by_status.get(r['status'], 0) + 1
    if r['size'] != '-':
        total += int(r['size'])
print(sorted(by_status.items()), total)

bad = [line for line in LOG.splitlines() if line and not LINE.match(line)]
print(bad)

m = LINE.search(LOG)
print(m.lastgroup, m.span('ip'), m.group('day', 'month', 'year'))
print(LINE.groupindex['status'], LINE.groups)

# Rewriting dates with a template.
print(re.sub(r'\[(\d{2})/(\w{3})/(\d{4}):', r'[\3-\2-\1 ', LOG.splitlines()[1]))

# Key=value pairs with optional quotes.
cfg = 'name="web server" port=8080 debug=true path="/var/www" empty=""'
pairs = {}
for key, quoted, bare in re.findall(r'(\w+)=(?:"([^"]*)"|(\S+))', cfg):
    pairs[key] = quoted if quoted or not bare else bare
print(pairs)
print(re.findall(r'(\w+)=(?:"([^"]*)"|(\S+))', cfg))
