# sys.exit(float) is not an int status: the value is printed and the exit status is 1
import sys
try:
    sys.exit(2.5)
except SystemExit as e:
    print(type(e.code).__name__, e.code, str(e))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
print("about to exit")
try:
    sys.exit(7.0)
finally:
    print("finally before exit")
