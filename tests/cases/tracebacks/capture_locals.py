# capture_locals=True keeps each frame's locals (as reprs) and prints them.
import traceback

def fail(count, label):
    items = list(range(count))
    return items[count]

def run():
    try:
        fail(3, "three")
    except IndexError as e:
        return traceback.TracebackException.from_exception(e, capture_locals=True)

te = run()
inner = te.stack[-1]
print(sorted(inner.locals.items()))
print(te.stack.format_frame_summary(inner).replace(__file__, "<here>"), end="")
print(sorted(te.stack[0].locals))
