# Frames of lambdas and comprehensions in tracebacks.
import traceback

def names(e):
    return [fs.name for fs in traceback.extract_tb(e.__traceback__)]

try:
    (lambda x: x / 0)(1)
except ZeroDivisionError as e:
    print(names(e))
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print(names(e))
try:
    list(1 / x for x in (1, 0))
except ZeroDivisionError as e:
    print(names(e))
try:
    {k: 1 / k for k in (0,)}
except ZeroDivisionError as e:
    print(names(e))
