# extract_tb returns FrameSummary objects with positions.
import traceback

def fail():
    values = [1, 2, 3]
    return values[10]

try:
    fail()
except IndexError as exc:
    e = exc
    summary = traceback.extract_tb(e.__traceback__)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.locals)
    filename, lineno, name, line = fs
    print(lineno, name, line, fs[1], fs[-1], len(fs))
print(traceback.extract_tb(e.__traceback__, limit=1)[0].name)
print([fs.name for fs in traceback.extract_tb(e.__traceback__, limit=-1)])
print(traceback.extract_tb(None))
