# sys.exit with a non-int, non-None argument prints it to stderr and exits with status 1
import sys

def finish(code):
    print("finishing with", code)
    sys.exit(code)

try:
    finish((1, 2))
except SystemExit as e:
    print("caught SystemExit:", e.code, e.args)
try:
    finish(None)
except SystemExit as e:
    print("caught SystemExit:", e.code)
try:
    finish(0)
except SystemExit as e:
    print("caught SystemExit:", e.code)
finish(("bad", 3))
