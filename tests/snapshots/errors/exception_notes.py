def check(x):
    e = ValueError(f"bad {x}")
    e.add_note("checked by check()")
    e.add_note("second note\nwith two lines")
    raise e


check(3)
