# builtin exception hierarchy: issubclass relations and __bases__ of common exceptions
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError),
    (FileNotFoundError, OSError), (PermissionError, OSError),
    (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (UnboundLocalError, NameError), (StopAsyncIteration, Exception),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (Exception, BaseException), (DeprecationWarning, Warning), (UserWarning, Exception),
    (IsADirectoryError, OSError), (FileExistsError, OSError), (NotADirectoryError, OSError),
    (AssertionError, Exception), (AttributeError, Exception), (BufferError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (ReferenceError, Exception),
    (StopIteration, Exception), (TypeError, ValueError), (FloatingPointError, ArithmeticError),
]
for sub, sup in pairs:
    print(f"{sub.__name__:22} {sup.__name__:18} {issubclass(sub, sup)}")
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print(BaseException.__bases__, Exception.__bases__[0].__name__)
