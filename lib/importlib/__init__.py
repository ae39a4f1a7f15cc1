"""A subset of CPython's importlib: import_module and the util submodule."""

import sys

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.sub') needs the anchor `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Taipan's finders keep no caches: nothing to do."""


def reload(module):
    """Taipan cannot reload modules yet."""
    raise NotImplementedError("Taipan does not support importlib.reload yet")
