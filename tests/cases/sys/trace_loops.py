import sys
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__: return None
    if event == 'exception': arg = arg[0].__name__
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, arg)
    return tracer
def gen():
    yield 1
def loop():
    for x in gen():
        pass
    for y in [1]:
        pass
    while True:
        break
    x = 0

def fin():
    try:
        raise ValueError
    finally:
        pass
def wi():
    try:
        fin()
    except ValueError:
        pass
sys.settrace(tracer)
loop()
wi()
sys.settrace(None)
