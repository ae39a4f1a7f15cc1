# Position markers count wide (East Asian) characters as two columns.
import traceback

def lookup():
    table = {"日本語": 1, "café": 2}
    return table["日本語"] + table["中文"]

def accent():
    café = None
    return café.upper() + "ü"

for fn in (lookup, accent):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, "<here>"), end="")
