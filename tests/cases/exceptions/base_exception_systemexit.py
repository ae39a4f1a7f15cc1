# SystemExit and BaseException are not caught by except Exception
import sys

try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("code:", e.code)
try:
    try:
        sys.exit(0)
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    raise SystemExit
except SystemExit as e:
    print("no-arg code:", e.code)
print(len(sys.argv))
print("still running")
