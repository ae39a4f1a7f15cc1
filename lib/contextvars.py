"""Context variables (PEP 567): Taipan's _contextvars, as CPython's
contextvars module re-exports it."""

from _contextvars import *

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
