from functools import singledispatch

@singledispatch
def show(arg, verbose=False):
    return f"default {arg!r}"

@show.register
def _(arg: int, verbose=False):
    return f"int {arg}"

@show.register(list)
def _(arg, verbose=False):
    return f"list of {len(arg)}"

def show_float(arg, verbose=False):
    return f"float {arg}"
show.register(float, show_float)

@show.register
def _(arg: str | bytes):
    return f"text {arg!r}"

class Base:
    pass
class Derived(Base):
    pass

@show.register
def _(arg: Base):
    return "a Base"

print(show(1), show(True), show(1.5), show([1, 2]), show('s'), show(b'b'), show(None))
print(show(Derived()), show(Base()), show({}), show(verbose=True, arg=1) if False else '')
print(show.dispatch(int).__name__, show.dispatch(bool) is show.dispatch(int))
print(show.dispatch(dict) is show.registry[object], show.dispatch(float) is show_float)
print(sorted(t.__name__ for t in show.registry), type(show.registry).__name__)
print(show.__name__, show.__wrapped__.__name__)
try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    show.register(1, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    @show.register
    def _(arg):
        pass
except TypeError as e:
    print("TypeError:", str(e).split(':')[0])
try:
    @show.register
    def _(arg: "not a class"):
        pass
except (TypeError, NameError, SyntaxError) as e:
    print(type(e).__name__)
try:
    @show.register
    def _(arg: 5):
        pass
except TypeError as e:
    print("TypeError:", e)
@show.register(Derived)
def _(arg):
    return "Derived!"
print(show(Derived()), show(Base()))
