# `from pkg import sub` where sub's own import fails: that error propagates
# (only a missing submodule itself becomes "cannot import name").
try:
    from _failsub import _broken  # noqa: F401
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _failsub import _absent  # noqa: F401
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(' (')[0])
