# A SyntaxError raised by importing a broken module, formatted by traceback.
import traceback

try:
    import _broken_module
except SyntaxError as e:
    lines = traceback.format_exception_only(e)
    print(e.msg, e.lineno, e.offset, e.filename.rsplit("/", 1)[-1], repr(e.text))
    print(lines[0].rsplit("/", 1)[-1], end="")
    print("".join(lines[1:]), end="")
