import time
t = (2024, 3, 5, 13, 4, 9, 1, 65, 0)
for f in ['%Y-%m-%d', '%H:%M:%S', '%a %A %b %B', '%j %U %W %w %u', '%y %C %e %D', '%I %p %M', '%c', '%x %X',
          '%%', '%G-W%V', '%T %R', '%h %n%t|', '', 'no directives', 'caf\u00e9 %Y']:
    print(repr(f), repr(time.strftime(f, t)))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000)))
print(time.strftime('%Z %z', time.gmtime(0)))
