import time
for t in [0, 1700000000, 951782400, -86400, 2**31]:
    g = time.gmtime(t)
    print(g)
    print(g.tm_zone, g.tm_gmtoff, g[0], g[-1], g[:3], len(g))
print(time.gmtime(1.99), time.gmtime(-1.5)[:6])
print(type(time.gmtime()).__name__, time.gmtime(None).tm_year >= 2024)
