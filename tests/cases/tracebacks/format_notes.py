# __notes__ are printed under the exception line.
import traceback

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))

try:
    raise e
except ValueError as x:
    print("".join(traceback.format_exception(x)).replace(__file__, "<here>"), end="")

odd = KeyError("odd")
odd.__notes__ = "a string"
print(traceback.format_exception_only(odd))
odd.__notes__ = 42
print(traceback.format_exception_only(odd))
odd.__notes__ = ["ok", 7]
print(traceback.format_exception_only(odd))
try:
    e.add_note(5)
except TypeError as t:
    print(t)
