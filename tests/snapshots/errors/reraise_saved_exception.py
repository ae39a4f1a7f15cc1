def origin():
    raise ValueError("first raise")


def keep():
    try:
        origin()
    except ValueError as e:
        return e


def again(e):
    raise e


again(keep())
