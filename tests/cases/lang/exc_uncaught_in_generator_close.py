# exception raised from a generator's finally during close() propagates to the caller
def g():
    try:
        yield 1
    finally:
        raise ValueError("raised in finally during close")
it = g()
print(next(it))
it.close()
