# chained comparisons evaluate middle operands once and short-circuit
calls = []

def val(name, v):
    calls.append(name)
    return v

print(1 < 2 < 3)
print(3 > 2 > 2)
print(1 == 1 == 1.0)
print(1 < 2 != 3 > 0)
print(val("a", 1) < val("b", 2) < val("c", 3))
print(calls)
calls.clear()
print(val("a", 5) < val("b", 2) < val("c", 3))
print(calls)
calls.clear()
print(val("a", 1) < val("b", 10) > val("c", 3) == val("d", 3))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]])
print("a" < "b" < "c", "b" < "a" < "c")
print([1, 2] < [1, 3] <= [1, 3])
s = "ab"
print("a" in s in "xab", "c" in s in "abc")
print(-1 < 0 < 1 < 2.5 < 3)
