# Outside a handler there is no exception to format.
import sys
import traceback

print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(None))
try:
    pass
finally:
    print(repr(traceback.format_exc()))
