import time
for t in [0, 86400 * 365, 1000000000, 1700000000, 1234567890]:
    lt = time.localtime(t)
    print(time.mktime(lt) == t, type(time.mktime(lt)).__name__)
lt = time.localtime(1700000000)
print(time.mktime(tuple(lt)) == 1700000000)
for bad in [5, (1, 2)]:
    try:
        time.mktime(bad)
    except TypeError as e:
        print(e)
