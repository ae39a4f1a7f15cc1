"""importlib.util: finding specs, making modules from them, cache paths and hashes."""

import sys
from _imp import MAGIC_NUMBER, cache_from_source, source_from_cache, source_hash
from _frozen_importlib import (module_from_spec, _find_spec, _find_spec_importing_parent,
                               spec_from_loader)
from _frozen_importlib_external import spec_from_file_location, decode_source

__all__ = ["MAGIC_NUMBER", "cache_from_source", "decode_source", "find_spec",
           "module_from_spec", "resolve_name", "source_from_cache", "source_hash",
           "spec_from_file_location", "spec_from_loader"]


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """Return the spec for the specified module, without importing it (but its parent
    package is imported)."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    return _find_spec_importing_parent(fullname)
