# print_tb, print_exception, print_exc and print_stack write to the given file.
import sys
import traceback

class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

def fail():
    raise ValueError("printed")

try:
    fail()
except ValueError as e:
    cap = Capture()
    traceback.print_tb(e.__traceback__, file=cap)
    traceback.print_tb(e.__traceback__, limit=1, file=cap)
    traceback.print_exception(e, file=cap)
    traceback.print_exception(type(e), e, e.__traceback__, limit=1, file=cap)
    traceback.print_exc(file=cap)
    traceback.print_exc(limit=1, file=cap, chain=False)
print("".join(cap.parts).replace(__file__, "<here>"), end="")

def stack_printer():
    cap2 = Capture()
    traceback.print_stack(file=cap2)
    traceback.print_stack(limit=1, file=cap2)
    print("".join(cap2.parts).replace(__file__, "<here>"), end="")

stack_printer()
