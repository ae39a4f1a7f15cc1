def counter(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
_a = counter("underscore")
next(_a)
b = counter("plain")
next(b)
def f():
    c = counter("local")
    next(c)
    return 5
print(f())
print("end of main")
