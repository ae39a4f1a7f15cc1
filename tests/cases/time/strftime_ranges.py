import time
print(time.strftime('%Y %m %d %j', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for t in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
          (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -3, 1, 0),
          (2024, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2), 'x', (2024, 1, 1, 0, 0, 0, 0, 1, 'a')]:
    try:
        print(time.strftime('%Y', t))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(e)
