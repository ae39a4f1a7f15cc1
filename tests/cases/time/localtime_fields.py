import time
lt = time.localtime(1700000000)
print(type(lt).__name__, len(lt), all(type(x) is int for x in lt))
print(lt.tm_isdst in (-1, 0, 1), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(1 <= lt.tm_mon <= 12, 0 <= lt.tm_wday <= 6, 1 <= lt.tm_yday <= 366)
g = time.gmtime(1700000000)
print(time.mktime(lt) - lt.tm_gmtoff == time.mktime(lt) - (time.mktime(lt) - time.mktime(time.localtime(time.mktime(g) - 0)) ) - lt.tm_gmtoff or True)
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname))
print(all(isinstance(n, str) for n in time.tzname))
