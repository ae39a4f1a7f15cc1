# Local trace functions: None from 'call' stops a frame's tracing, f_trace_lines,
# f_trace set on a running frame, a trace function returning another one.
import sys

log = []

def selective(frame, event, arg):
    name = frame.f_code.co_name
    if name == 'skipped':
        return None
    if name == 'nolines':
        frame.f_trace_lines = False
    log.append((event, name, frame.f_lineno - frame.f_code.co_firstlineno))
    if name == 'switch':
        return other
    return selective

def other(frame, event, arg):
    log.append(('other', event, frame.f_lineno - frame.f_code.co_firstlineno))
    return other

def skipped():
    a = 1
    return a

def nolines():
    a = 1
    b = 2
    return a + b

def switch():
    a = 1
    return a

def main():
    skipped()
    nolines()
    switch()

sys.settrace(selective)
main()
sys.settrace(None)
for e in log:
    print(e)
print(sys.gettrace())

# Tracing the running frame: f_trace on sys._getframe() plus settrace.
seen = []
def lines(frame, event, arg):
    seen.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return lines

def body():
    f = sys._getframe()
    print(f.f_trace, f.f_trace_lines)
    f.f_trace = lines
    sys.settrace(lines)
    x = 1
    y = 2
    sys.settrace(None)
    return f.f_trace is lines

print(body())
print(seen)
