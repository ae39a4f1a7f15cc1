import sys
class Code:
    def __str__(self):
        raise ValueError("no")
print("exiting")
sys.exit(Code())
