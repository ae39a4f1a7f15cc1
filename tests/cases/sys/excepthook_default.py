# Calling sys.excepthook / sys.__excepthook__ directly prints to stderr.
import sys
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
print("after")
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
