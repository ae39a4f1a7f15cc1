# assert: message expression evaluated only on failure, any object as message, tuple pitfall
calls = []
def msg():
    calls.append("msg")
    return "computed message"
assert True, msg()
print(calls)
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print("AssertionError:", e, calls, e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert 0, {"k": [1, 2]}
except AssertionError as e:
    print(e.args[0]["k"], type(e.args[0]).__name__)
try:
    assert None, None
except AssertionError as e:
    print(e.args)
x = 5
try:
    assert x < 3, f"x too big: {x}"
except AssertionError as e:
    print(e)
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
