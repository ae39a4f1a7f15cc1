# uncaught exception with implicit context: stdout before must appear; last stderr line is the final error
print("before")
try:
    {}["missing"]
except KeyError:
    print("handling")
    raise ValueError("while handling the KeyError")
