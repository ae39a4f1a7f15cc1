import warnings

print(repr(warnings.catch_warnings()))
print(repr(warnings.catch_warnings(record=True)))
print(repr(warnings.catch_warnings(action="ignore")))
cw = warnings.catch_warnings()
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
before = warnings.filters
with warnings.catch_warnings():
    print(warnings.filters is before, warnings.filters == before)
    warnings.simplefilter("error")
    print(warnings.filters[0])
print(warnings.filters is before, len(warnings.filters))
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    print(warnings.filters[0])
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.warn("user stays quiet?", UserWarning, stacklevel=1) if False else None
print(warnings.filters == before)
