# PEP 479: StopIteration raised inside a generator becomes RuntimeError; return ends it normally
def bad():
    yield 1
    raise StopIteration("inner")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def via_next():
    it = iter([])
    yield next(it)
try:
    list(via_next())
except RuntimeError as e:
    print("RuntimeError:", e)
def good():
    yield 1
    return "fine"
print(list(good()))
def subclass():
    class MyStop(StopIteration): pass
    yield 1
    raise MyStop
try:
    list(subclass())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def caught_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught own StopIteration"
print(list(caught_inside()))
try:
    list(x for x in [1] if next(iter([])))
except RuntimeError as e:
    print("RuntimeError:", e)
