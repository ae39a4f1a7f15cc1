# uncaught custom exception defined in __main__ prints its bare class name
class MyError(Exception):
    pass

def check(n):
    if n > 2:
        raise MyError("boom")
    return n

for n in range(5):
    print("checked", check(n))
