x = 1
def __dir__():
    return ['b', 'a']
def __getattr__(name):
    if name == 'lazy':
        return 'L'
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
