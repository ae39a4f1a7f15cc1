# an exception raised in a finally block replaces the one in flight
def cleanup_fails():
    try:
        raise ValueError("original problem")
    finally:
        print("cleanup running")
        raise KeyError("cleanup failed")

try:
    cleanup_fails()
except KeyError as e:
    print("caught", type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
except ValueError:
    print("never")

def returns_in_finally():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"

print(returns_in_finally())
cleanup_fails()
