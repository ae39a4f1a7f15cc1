# sys.tracebacklimit limits what the traceback module shows.
import sys
import traceback

def a():
    b()

def b():
    raise ValueError("limited")

def show():
    try:
        a()
    except ValueError:
        print(traceback.format_exc().replace(__file__, "<here>"), end="")

sys.tracebacklimit = 2
show()
sys.tracebacklimit = 0
show()
sys.tracebacklimit = -5
show()
del sys.tracebacklimit
show()
