# format_exception(exc) and format_exception(type, value, tb) give the same list.
import traceback

def boom():
    raise OSError("no such thing")

try:
    boom()
except OSError as e:
    err = e

one = traceback.format_exception(err)
three = traceback.format_exception(type(err), err, err.__traceback__)
print(one == three, len(one))
for line in one:
    print(repr(line.replace(__file__, "<here>")))
print(traceback.format_exception(type(err), err, None))
print(traceback.format_exception(err, limit=1)[-2].strip().replace(__file__, "<here>"))
try:
    traceback.format_exception(type(err), err)
except ValueError as x:
    print(x)
try:
    traceback.format_exception("not an exception")
except TypeError as x:
    print(x)
print(traceback.format_exception(None))
