import time
for f in (time.gmtime, time.localtime, time.ctime):
    for bad in ['x', float('nan'), 1e300, 2**70]:
        try:
            f(bad)
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
