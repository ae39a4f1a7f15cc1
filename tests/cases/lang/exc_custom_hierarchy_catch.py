# custom exception hierarchies: catch by base, handler order, multiple inheritance, re-raise as other type
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, msg="db failure"):
        super().__init__(msg)
        self.table = table
class NotFound(DBError, LookupError):
    pass
def fail(kind):
    if kind == "notfound":
        raise NotFound("users", "no row")
    if kind == "db":
        raise DBError("orders")
    if kind == "app":
        raise AppError("generic")
    if kind == "key":
        raise KeyError("plain")
for kind in ["notfound", "db", "app", "key"]:
    try:
        fail(kind)
    except NotFound as e:
        print("NotFound", e, e.table)
    except DBError as e:
        print("DBError", e, e.table)
    except LookupError as e:
        print("LookupError", repr(e))
    except AppError as e:
        print("AppError", e)
try:
    fail("notfound")
except LookupError as e:
    print("caught NotFound as LookupError:", type(e).__name__, [c.__name__ for c in type(e).__mro__][:5])
class Wrapped(AppError):
    pass
def convert():
    try:
        {}["x"]
    except KeyError as e:
        raise Wrapped(f"wrapped {e!r}") from e
try:
    convert()
except AppError as e:
    print(e, type(e.__cause__).__name__)
