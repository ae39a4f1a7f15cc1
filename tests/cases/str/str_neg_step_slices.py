# string slicing with negative and large steps, out-of-range bounds
s = "abcdefghij"
print(s[::-1], s[::-2], s[-1::-3], s[8:2:-1], s[8:2:-2], s[2:8:-1] == "")
print(s[-3:], s[:-3], s[-100:3], s[3:100], s[100:], s[-100:-50] == "")
print(s[::3], s[1::3], s[::10], s[::-10], s[::11], s[5::-1], s[:5:-1])
print(s[-1:-11:-1], s[-1:-12:-1], s[-2::-1], s[:-11:-1])
print(s[None:None:-1], s[slice(2, None, 2)], s[slice(None, 2, -1)])
u = "héllo wörld ✓"
print(u[::-1], u[1:5], u[-1], u[-3::-2], len(u[::2]))
for step in (1, 2, 3, -1, -2, -3):
    print(step, s[1:9:step], s[9:1:step])
print("".join(reversed(s)) == s[::-1], s[:0], repr(s[5:5]))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5:]
except TypeError as e:
    print("TypeError:", e)
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
print(s[True], s[-True], s[False:True + 2])
r = range(10)
print(list(r[::-3]), r[8:2:-2], list(r[-2:]))
t = tuple(s)
print(t[7:2:-2], t[::-4])
