def where():
    return {}["nothing"]


try:
    where()
except KeyError as e:
    tb = e.__traceback__

raise RuntimeError("replacement").with_traceback(tb)
