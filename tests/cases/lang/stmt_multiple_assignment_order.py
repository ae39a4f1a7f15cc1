# chained assignment a = b = expr assigns left to right; targets evaluated after the value; swap idioms
class Log:
    def __setitem__(self, k, v):
        print("setitem", k, v)
log = Log()
def val():
    print("value evaluated")
    return 5
log["first"] = log["second"] = val()
a = b = []
a.append(1)
print(b, a is b)
x = [0, 0, 0]
i = 0
i = x[i] = 2
print(i, x)
p, q = 1, 2
p, q = q, p
print(p, q)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
m = [10, 20]
k = 0
k, m[k] = 1, 99
print(k, m)
(aa, bb), cc = "xy", "z"
print(aa, bb, cc)
[d1, [d2, d3]] = 1, (2, 3)
print(d1, d2, d3)
