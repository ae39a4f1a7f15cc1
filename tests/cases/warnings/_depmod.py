import warnings


def old_api(level):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=level)
    return level
