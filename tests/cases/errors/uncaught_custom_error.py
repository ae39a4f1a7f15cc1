# uncaught custom exception defined in __main__ prints its bare class name
class MyError(Exception):
    pass

def check(n):
    if n > 2:
        raise MyError("boom")
    return n

try:
    check(10)
except MyError as e:
    print("first one caught:", e)
for n in range(5):
    print("checked", check(n))
print("never printed")
