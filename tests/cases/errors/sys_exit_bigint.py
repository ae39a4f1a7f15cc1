import sys
print("exiting")
sys.exit(2**100)
