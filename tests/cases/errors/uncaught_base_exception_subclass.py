# a BaseException subclass is not caught by "except Exception" and ends the program
class Interrupted(BaseException):
    pass

def worker(n):
    if n == 3:
        raise Interrupted("stopped at " + str(n))
    return n * n

for i in range(3):
    try:
        print(worker(i))
    except Exception as e:
        print("not here", e)
try:
    worker(3)
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e)
print(issubclass(Interrupted, Exception), issubclass(Interrupted, BaseException))
try:
    try:
        worker(3)
    except Exception:
        print("wrong handler")
    finally:
        print("finally runs")
except Interrupted:
    print("outer caught it")
for i in range(5):
    try:
        print(worker(i))
    except Exception:
        print("never")
