# Markers for method calls and attribute chains, also split over lines.
import traceback

class Node:
    def step(self, *args):
        return self

node = Node()

def chained_attribute():
    return (node
            .step()
            .missing)

def chained_method():
    return (node
            .step()
            .nomethod())

def one_line():
    return node.step().nomethod2()

def bad_arguments():
    return node.step(
        1).step(2, x=3)

def plain_method():
    text = None
    return text.upper() + "!"

for fn in (chained_attribute, chained_method, one_line, bad_arguments, plain_method):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, "<here>"), end="")
