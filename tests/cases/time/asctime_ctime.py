import time
print(time.asctime((2024, 3, 5, 13, 4, 9, 1, 65, 0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime(time.gmtime(0)))
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(time.ctime(1700000000) == time.asctime(time.localtime(1700000000)))
print(type(time.ctime()).__name__, len(time.ctime()), type(time.asctime()).__name__)
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (1,)]:
    try:
        time.asctime(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
