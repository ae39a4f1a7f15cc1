# order of try / except / else / finally blocks
def run(x):
    print("start", x)
    try:
        r = 10 // x
        print("computed", r)
    except ZeroDivisionError:
        print("except branch")
    else:
        print("else branch")
    finally:
        print("finally branch")
    print("end", x)

run(2)
run(0)

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")

nested()
