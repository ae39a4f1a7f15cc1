import io
import sys
import contextlib

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hello", 1, 2)
    print("no newline", end="")
    sys.stdout.write("!")
print(repr(buf.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

out = io.StringIO()
print("a", "b", sep="-", end=".\n", file=out)
print(repr(out.getvalue()))

old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
