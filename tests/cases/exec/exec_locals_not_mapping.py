# exec() locals must be a mapping.
class NoItems: pass
for bad in [3, NoItems()]:
    try:
        exec("x = 1", {}, bad)
    except TypeError as e:
        print(e)
exec("x = 1", None, 5)
