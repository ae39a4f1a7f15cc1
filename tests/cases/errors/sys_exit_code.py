# sys.exit with an integer status ends the program with that status
import sys

def finish(ok):
    if not ok:
        print("exiting with status 3")
        sys.exit(3)
    print("ok")

try:
    sys.exit(7)
except SystemExit as e:
    print("intercepted exit code", e.code)
finish(True)
finish(False)
print("never printed")
