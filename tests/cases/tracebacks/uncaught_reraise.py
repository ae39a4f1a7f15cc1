# An exception raised again at top level keeps the rows of its first raise.
def origin():
    raise ValueError("first raise")

def keep():
    try:
        origin()
    except ValueError as e:
        return e

saved = keep()
print("raising again")
raise saved
