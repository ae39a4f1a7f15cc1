from contextlib import contextmanager

events = []

@contextmanager
def managed(tag):
    events.append(f"setup {tag}")
    try:
        yield tag
    except Exception as e:
        events.append(f"saw {type(e).__name__}")
        raise
    else:
        events.append(f"clean exit {tag}")
    finally:
        events.append(f"teardown {tag}")

with managed('a') as a, managed('b') as b:
    events.append(f"body {a}{b}")
print(events)
events.clear()
try:
    with managed('x'):
        raise KeyError('k')
except KeyError:
    pass
print(events)

@contextmanager
def gen_exit_handler():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

cm = gen_exit_handler()
cm.__enter__()
del cm
print("after del")

@contextmanager
def with_value():
    v = yield 'first'
    print("sent back:", v)

with with_value() as val:
    print(val)

@contextmanager
def catches_base():
    try:
        yield
    except BaseException as e:
        print("caught", type(e).__name__)

with catches_base():
    raise SystemExit(3)
print("SystemExit suppressed")
print(type(managed('t')).__name__, managed.__wrapped__.__name__)
