# extract_stack and format_stack describe the calling frames, outermost first.
import traceback

def a():
    return b()

def b():
    return c()

def c():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno, fs.line) for fs in stack])
    print([fs.name for fs in traceback.extract_stack(limit=2)])
    print([fs.name for fs in traceback.extract_stack(limit=-2)])
    for line in traceback.format_stack(limit=2):
        print(line.replace(__file__, "<here>"), end="")
    return stack

s = a()
print(s[-1].colno, s[-1].end_colno)
import sys
print([fs.name for fs in traceback.extract_stack(sys._getframe())])
