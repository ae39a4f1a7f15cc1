"""Cache lines from Python source files (Taipan's linecache, with CPython's API).

Tracebacks ask for one line at a time; the whole file is read once and kept in
``cache``.  Files are read with the native ``_taipan_tb.source_lines`` (the encoding
is found as the compiler finds it) since Taipan has no ``open`` builtin yet.
"""

import sys
import _taipan_tb

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazy entry whose
# source comes from a module's loader when first needed.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            # Lazy entries and entries that were dropped meanwhile.
            continue
        size, mtime = entry[0], entry[1]
        if mtime is None:
            # Registered without a file (no way to check).
            continue
        try:
            now = _taipan_tb.stat(entry[3])
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if now[0] != size or now[1] != mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    # '<stdin>', '<string>', '<frozen x>': names that are no file.
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _read(fullname):
    """(size, mtime, lines) of a file, or None when it cannot be read."""
    try:
        size, mtime = _taipan_tb.stat(fullname)
        lines = _taipan_tb.source_lines(fullname)
    except (OSError, SyntaxError, ValueError):
        return None
    return size, mtime, lines


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    if filename in cache and len(cache[filename]) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    fullname = filename
    found = _read(fullname)
    if found is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                data = None
            if data is None:
                # No luck: the loader has no source for it.
                return []
            lines = _split(data)
            cache[filename] = (len(data), None, lines, fullname)
            return lines
        # A relative name may be relative to an entry of sys.path.
        if filename.startswith('/'):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            fullname = (dirname.rstrip('/') + '/' + filename) if dirname else filename
            found = _read(fullname)
            if found is not None:
                break
        else:
            return []
    size, mtime, lines = found
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = size, mtime, lines, fullname
    return lines


def _split(text):
    # Lines with their '\n', as a text file's readlines() gives them.
    lines = []
    start = 0
    while True:
        end = text.find('\n', start)
        if end < 0:
            break
        lines.append(text[start:end + 1])
        start = end + 1
    if start < len(text):
        lines.append(text[start:] + '\n')
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return False

    def get_lines(name=name, *args, **kwargs):
        return get_source(name, *args, **kwargs)
    cache[filename] = (get_lines,)
    return True
