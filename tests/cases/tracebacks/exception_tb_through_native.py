# Tracebacks pass through builtins that call back into Python code.
def key(x):
    if x == 2:
        raise ArithmeticError("key failed")
    return x

def sort_them():
    return sorted([3, 2, 1], key=key)

try:
    sort_them()
except ArithmeticError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno,
              tb.tb_frame.f_back.f_code.co_name if tb.tb_frame.f_back else None)
        tb = tb.tb_next

class Weird:
    def __eq__(self, other):
        raise LookupError("eq failed")
    __hash__ = object.__hash__

try:
    [Weird()].index(0)
except LookupError as e:
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
