import warnings

for cat in (int, "str", 3, Exception, None, ValueError):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.warn("x", cat)
        print(cat, w[0].category.__name__)
    except TypeError as e:
        print(e)


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    warnings.warn(MyWarning("inst"), RuntimeWarning)
    try:
        warnings.warn(["list"], RuntimeWarning)
    except TypeError as e:
        print(e)
for m in w:
    print(m.category.__name__, repr(m.message))
