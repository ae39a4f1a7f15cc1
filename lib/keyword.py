"""Keywords (and soft keywords) of Python 3.12, as Taipan's parser knows them.

Taipan's own keyword module: the names, ``iskeyword`` and ``issoftkeyword``
behave as CPython 3.12's (membership tests on frozensets, so an unhashable
argument raises TypeError).
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue',
    'def', 'del',
    'elif', 'else', 'except',
    'finally', 'for', 'from',
    'global',
    'if', 'import', 'in', 'is',
    'lambda',
    'nonlocal', 'not',
    'or',
    'pass',
    'raise', 'return',
    'try',
    'while', 'with',
    'yield',
]

softkwlist = ['_', 'case', 'match', 'type']

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
