# augmented assignment for many operators and types
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 7; print(x)
x &= 12; print(x)
x ^= 5; print(x)
f = 7.0
f /= 2; print(f)
f -= 0.25; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"n": 0}
for i in range(4):
    d["n"] += i
print(d)
arr = [0, 0, 0]
arr[1] += 5
arr[-1] -= 2
print(arr)
