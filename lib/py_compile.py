"""Compile Python source files into Taipan's bytecode cache (CPython's py_compile API)."""

import sys
import _imp

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """Exception raised when an error occurs while attempting to compile the file."""

    def __init__(self, exc_type, exc_value, file, msg=""):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError or issubclass(exc_type, SyntaxError):
            errmsg = _imp.format_exception_only(exc_value)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode:
    """The .pyc validation modes of PEP 552 (an Enum in CPython)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value
        self._name_ = name
        self._value_ = value

    def __repr__(self):
        return "<PycInvalidationMode.%s: %d>" % (self.name, self.value)

    def __str__(self):
        return "PycInvalidationMode." + self.name


PycInvalidationMode.TIMESTAMP = PycInvalidationMode("TIMESTAMP", 1)
PycInvalidationMode.CHECKED_HASH = PycInvalidationMode("CHECKED_HASH", 2)
PycInvalidationMode.UNCHECKED_HASH = PycInvalidationMode("UNCHECKED_HASH", 3)


def _get_default_invalidation_mode():
    # Checked-hash when SOURCE_DATE_EPOCH is set (reproducible builds), as CPython.
    if _imp.default_invalidation_mode() == 2:
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Byte-compile one source file; returns the cache path, or None on a reported error."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            optimization = optimize if optimize >= 1 else ""
            cfile = _imp.cache_from_source(file, optimization=optimization)
        else:
            cfile = _imp.cache_from_source(file)
    try:
        _imp.compile_file(file, cfile, dfile or file, invalidation_mode.value, optimize)
    except (SyntaxError, ValueError) as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + "\n")
        return None
    return cfile
