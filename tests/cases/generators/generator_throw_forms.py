# generator.throw's one- and three-argument forms, send/close argument checks.
def g():
    yield 1
    yield 2
for f in (lambda it: it.throw(1), lambda it: it.throw(ValueError, ValueError("x"), 5),
          lambda it: it.throw(ValueError("a"), ValueError("b")), lambda it: it.throw(),
          lambda it: it.throw(ValueError, "msg"), lambda it: it.throw(ValueError(7)),
          lambda it: it.send(1), lambda it: it.send(), lambda it: it.close(1)):
    it = g()
    try:
        print(f(it))
    except Exception as e:
        print(type(e).__name__, e)
it = g(); next(it)
try:
    it.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
