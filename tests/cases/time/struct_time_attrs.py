import time
g = time.gmtime(1234567890)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(list(g), g.index(2009), g.count(13))
print(sorted(a for a in dir(g) if a.startswith('tm_')))
print(repr(g) == str(g))
match g:
    case time.struct_time(tm_year=2009, tm_mon=mon):
        print('matched', mon)
