# sys.exit inside try runs the finally block and keeps the exit status
import sys

def main():
    try:
        print("in main")
        sys.exit(4)
    finally:
        print("finally before exit")

try:
    main()
except ValueError:
    print("not a ValueError")
except Exception:
    print("SystemExit is not an Exception")
print("never printed")
