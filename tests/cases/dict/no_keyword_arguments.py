# dict.get/pop/setdefault take no keyword arguments.
for f in (lambda: {}.get("k", default=0), lambda: {}.pop("k", default=1), lambda: {}.setdefault("k", default=1)):
    try: f()
    except TypeError as e: print(e)
