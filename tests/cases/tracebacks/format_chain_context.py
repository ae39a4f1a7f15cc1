# An exception raised while handling another prints both, context first.
import traceback

def cleanup():
    raise OSError("cleanup failed")

def task():
    try:
        [][0]
    except IndexError:
        cleanup()

try:
    task()
except OSError as exc:
    e = exc
    lines = traceback.format_exception(e)
print("".join(lines).replace(__file__, "<here>"), end="")
print(len(lines))
print("".join(traceback.format_exception(e, chain=False)).replace(__file__, "<here>"), end="")
