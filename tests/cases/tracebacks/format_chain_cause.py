# `raise ... from ...` chains print "direct cause" sections.
import traceback

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse " + repr(s)) from e

try:
    parse("abc")
except RuntimeError:
    out = traceback.format_exc()
print(out.replace(__file__, "<here>"), end="")
