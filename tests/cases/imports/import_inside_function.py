# imports inside functions bind local names; module objects are cached
def load():
    import _star_mod
    return _star_mod
def load_from():
    from _star_mod import VALUE as v, public_fn
    return v, public_fn()
print("_star_mod" in globals())
m = load()
print(m.__name__, m.VALUE, "_star_mod" in globals())
print(load_from())
print(load() is m)
def local_only():
    import _noall_mod as alias
    return alias.func(), "alias" in locals()
print(local_only(), "alias" in globals())
import sys
print("_star_mod" in sys.modules, sys.modules["_star_mod"] is m)
def conditional(flag):
    if flag:
        import _noall_mod
    try:
        return _noall_mod.A
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(conditional(True), conditional(False))
class Holder:
    import _star_mod as mod
    value = mod.VALUE
print(Holder.value, Holder.mod is m, Holder().mod.VALUE)
for i in range(3):
    import _star_mod
print(_star_mod is m)
