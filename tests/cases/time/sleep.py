import time
a = time.monotonic()
time.sleep(0.05)
b = time.monotonic()
print(b - a >= 0.04)
print(time.sleep(0), time.sleep(0.0))
for bad in [-1, -0.5, 'x', float('nan'), None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
