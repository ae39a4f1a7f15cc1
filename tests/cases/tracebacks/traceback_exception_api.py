# TracebackException: a formatted snapshot of an exception and its chain.
import traceback

def inner():
    raise KeyError("inner")

def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("outer") from e

try:
    outer()
except ValueError as exc:
    e = exc
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type.__name__, str(te), te.__suppress_context__)
print([fs.name for fs in te.stack])
print(te.__cause__.exc_type.__name__, str(te.__cause__), [fs.name for fs in te.__cause__.stack])
print(te.__context__ is None or te.__context__.exc_type.__name__)
print(list(te.format_exception_only()))
print("".join(te.format(chain=False)).replace(__file__, "<here>"), end="")
print(len(list(te.format())))
te2 = traceback.TracebackException(type(e), e, e.__traceback__, compact=False)
print(te2.__context__, te2.__cause__.exc_type.__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as exc:
    te3 = traceback.TracebackException.from_exception(exc)
    print(te3.__cause__, te3.__context__.exc_type.__name__, te3.__context__.stack[0].line)
print(te == traceback.TracebackException.from_exception(e))

class Out:
    def write(self, s):
        print(s.replace(__file__, "<here>"), end="")

te.print(file=Out(), chain=False)
se = traceback.TracebackException.from_exception(SyntaxError("m", ("f.py", 2, 3, "abc\n")))
print(se.filename, se.lineno, se.offset, repr(se.text), se.msg, se.end_lineno)
