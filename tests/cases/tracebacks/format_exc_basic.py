# traceback.format_exc() inside a handler, with source lines and position markers.
import traceback

def divide(a, b):
    return a / b

def run():
    return divide(1, 0)

try:
    run()
except ZeroDivisionError:
    text = traceback.format_exc()
print(text.replace(__file__, "<here>"), end="")
print(traceback.format_exc(), end="")
