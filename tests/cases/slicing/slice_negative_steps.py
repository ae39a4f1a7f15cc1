# slices with negative steps and out-of-range bounds
s = "0123456789"
print(s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(repr(s[2:8:-1]), s[:3:-1], s[3::-1], s[-3::-3])
print(s[100:0:-3], s[-100:100:4], repr(s[5:5]))
lst = list(range(10))
print(lst[::-3], lst[7:-8:-1], lst[-2:1:-2])
t = tuple(lst)
print(t[1::4], t[::-5])
print(lst[::11], lst[-1::-11])
for step in [1, 2, 3, -1, -4]:
    print(step, lst[::step])
try:
    lst[::0]
except ValueError as e:
    print("ValueError:", e)
