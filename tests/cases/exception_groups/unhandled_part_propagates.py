# What no except* clause takes is re-raised as the original group's subgroup.
def f():
    try:
        raise ExceptionGroup("all", [ValueError(1), KeyError(2), ValueError(3)])
    except* ValueError as eg:
        print("got", [repr(x) for x in eg.exceptions])
f()
