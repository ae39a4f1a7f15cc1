# Tracebacks through class bodies and methods name their frames.
import traceback

def rows(e):
    return [(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)]

try:
    class Broken:
        value = 1
        other = value / 0
except ZeroDivisionError as e:
    print(rows(e))

class Holder:
    def method(self):
        return self.missing

    @property
    def prop(self):
        return self.method()

try:
    Holder().prop
except AttributeError as e:
    print(rows(e))
    print(traceback.format_exception_only(e))
