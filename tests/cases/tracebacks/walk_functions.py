# walk_tb and walk_stack yield (frame, lineno) pairs.
import sys
import traceback

def fail():
    raise RuntimeError

try:
    fail()
except RuntimeError as e:
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])

def here():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]

def there():
    return here()

print(there())

def via_extract():
    return [fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None))]

def caller():
    return via_extract()

print(caller())
