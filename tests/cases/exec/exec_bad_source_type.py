# exec() and eval() accept str, bytes or a code object.
for fn in [exec, eval]:
    for bad in [1, None, ["x"]]:
        try:
            fn(bad)
        except TypeError as e:
            print(e)
def f(): pass
exec(f)
