import time
g = time.gmtime(1700000000)
print(time.strftime('%Z|%z', g))
st = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 3600))
print(time.strftime('%Z|%z|%H', st))
