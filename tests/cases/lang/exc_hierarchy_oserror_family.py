# OSError family: aliases IOError/EnvironmentError, connection errors, and errno-based subclass selection
print(IOError is OSError, EnvironmentError is OSError)
pairs = [(TimeoutError, OSError), (ConnectionResetError, ConnectionError), (BrokenPipeError, ConnectionError),
         (ConnectionError, OSError), (BlockingIOError, OSError), (ChildProcessError, OSError),
         (InterruptedError, OSError), (ProcessLookupError, OSError), (ConnectionRefusedError, ConnectionError),
         (ConnectionAbortedError, ConnectionError), (UnicodeTranslateError, UnicodeError),
         (SyntaxWarning, Warning), (FutureWarning, Warning), (ResourceWarning, Warning)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
for errno in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 99999]:
    print(errno, type(OSError(errno, "msg")).__name__)
print(type(OSError(2)).__name__, type(OSError(2, "x", "f", 5, "g")).__name__)
