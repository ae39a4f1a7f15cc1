# string indexing, negative indexing and slicing
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7])
print(s[::2], s[::-1], s[1::3], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3])
print(len(s), len(""), len(s[3:8]))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
for i in range(0, len(s), 4):
    print(i, repr(s[i:i + 4]))
print(s[2:10:3], s[10:2:-3])
print("".join(s[i] for i in range(len(s)) if i % 2 == 0))
