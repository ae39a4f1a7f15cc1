# Deleting simple and extended slices.
b = bytearray(range(48, 58))
del b[2:4]
print(b)
del b[::3]
print(b)
del b[::-2]
print(b)
del b[10:]
del b[5:1]
print(b)
del b[:]
print(b, len(b))
