# a failing assert with a computed message ends the program with AssertionError: message
def check_items(items, n):
    assert len(items) == n, "expected " + str(n) + " items, got " + str(len(items))
    return "ok " + str(n)

print(check_items([1, 2, 3], 3))
try:
    check_items([1], 2)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert args:", e.args)
x = 5
assert x > 0, f"x={x}"
print("assert passed")
check_items([1, 2], 3)
