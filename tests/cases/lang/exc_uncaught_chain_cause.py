# uncaught exception raised from another (explicit cause) after some output
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad config value {s!r}") from e
print(load("12"))
print(load("x1"))
