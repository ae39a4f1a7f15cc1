# assert with and without messages
def check_positive(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n

print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
assert True, "never fails"
assert [1], "non-empty list is truthy"
try:
    assert [], {"detail": 1}
except AssertionError as e:
    print(e.args[0])
count = 0
def side_effect():
    global count
    count += 1
    return "msg"
assert count == 0, side_effect()
print("count", count)
