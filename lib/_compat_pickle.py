"""Module and name renames between Python 2 and 3, which pickle applies for
protocols 0-2 (fix_imports=True).  Taipan's version: the common standard
library entries, written for Taipan."""

IMPORT_MAPPING = {
    '__builtin__': 'builtins',
    'copy_reg': 'copyreg',
    'Queue': 'queue',
    'SocketServer': 'socketserver',
    'ConfigParser': 'configparser',
    'repr': 'reprlib',
    'markupbase': '_markupbase',
    'thread': '_thread',
    'dummy_thread': '_dummy_thread',
    'httplib': 'http.client',
    'htmlentitydefs': 'html.entities',
    'HTMLParser': 'html.parser',
    'Cookie': 'http.cookies',
    'cookielib': 'http.cookiejar',
    'BaseHTTPServer': 'http.server',
    'xmlrpclib': 'xmlrpc.client',
    'urlparse': 'urllib.parse',
    'robotparser': 'urllib.robotparser',
    'urllib2': 'urllib.request',
    'anydbm': 'dbm',
    'whichdb': 'dbm',
    'cPickle': 'pickle',
    'cStringIO': 'io',
    'StringIO': 'io',
    '_abcoll': 'collections.abc',
    'UserDict': 'collections',
    'UserList': 'collections',
    'UserString': 'collections',
    '_socket': 'socket',
}

# Modules several Python 2 names went into: pickling writes the first one.
REVERSE_IMPORT_MAPPING = {}
for _old, _new in IMPORT_MAPPING.items():
    if _old in ('cStringIO', 'StringIO', 'whichdb', 'UserDict', 'UserList',
                'UserString', '_socket', '_abcoll', 'cPickle'):
        continue
    REVERSE_IMPORT_MAPPING[_new] = _old

NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
}

PYTHON2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BufferError", "BytesWarning", "DeprecationWarning", "EOFError",
    "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning",
    "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "NameError", "NotImplementedError",
    "OSError", "OverflowError", "PendingDeprecationWarning", "ReferenceError",
    "RuntimeError", "RuntimeWarning", "StopIteration", "SyntaxError",
    "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TypeError",
    "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
    "ValueError", "Warning", "ZeroDivisionError",
)

for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)

REVERSE_NAME_MAPPING = {}
for _old, _new in NAME_MAPPING.items():
    if _old[1] in ('IOError', 'EnvironmentError'):
        continue    # aliases of OSError in Python 3
    REVERSE_NAME_MAPPING[_new] = _old

# Python 3 exceptions Python 2 did not have: pickled as their nearest base.
PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
    'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'FileExistsError', 'FileNotFoundError', 'InterruptedError',
    'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError',
)
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions',
                                                             'ImportError')

del _old, _new, _name
