# throw() into a generator: caught and continue, uncaught propagates; close() raises GeneratorExit; errors
def worker():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"
g = worker()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
print(next(g, "exhausted"))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
g = closer()
next(g)
g.close()
g.close()
print(list(g))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def unstarted():
    print("never runs")
    yield
g = unstarted()
g.close()
try:
    g.throw(ValueError("at start"))
except ValueError as e:
    print("throw before start:", e)
g = unstarted()
try:
    g.throw(ValueError("at start"))
except ValueError as e:
    print("throw before start:", e)
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return "value"
g = returns_on_close(); next(g)
print(g.close())
