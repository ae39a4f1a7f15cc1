# An uncaught exception with a borrowed traceback prints those rows too.
def where():
    return {}["nothing"]

try:
    where()
except KeyError as e:
    tb = e.__traceback__

raise RuntimeError("replacement").with_traceback(tb)
