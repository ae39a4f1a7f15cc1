import time
for s, f in [('2024-03-05 13:04:05', '%Y-%m-%d %H:%M:%S'), ('Tue Mar  5 13:04:05 2024', '%a %b %d %H:%M:%S %Y'),
             ('5 March 2024', '%d %B %Y'), ('24/3/5', '%y/%m/%d'), ('70/1/1', '%y/%m/%d'), ('070', '%j'),
             ('12 am', '%I %p'), ('3PM', '%I%p'), ('12 PM', '%I %p'), ('2024 10 1', '%Y %U %w'),
             ('2024 10 1', '%Y %W %w'), ('2024 10 1', '%G %V %u'), ('20240305', '%Y%m%d'), ('2024-1-5', '%Y-%m-%d'),
             ('29 2', '%d %m'), ('12:30:45.123', '%H:%M:%S.%f'), ('12/31/99', '%x'), ('  2024', ' %Y'),
             ('MONDAY 2024 1 1', '%A %Y %m %d'), ('2024%', '%Y%%')]:
    print(repr(s), repr(f), time.strptime(s, f))
print(time.strptime('Tue Mar  5 13:04:05 2024'))
r = time.strptime('+0530', '%z')
print(r.tm_gmtoff, r.tm_zone)
r = time.strptime('UTC', '%Z')
print(r.tm_zone, r.tm_isdst)
