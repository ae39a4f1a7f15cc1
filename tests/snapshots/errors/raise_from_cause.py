class AppError(Exception):
    pass

try:
    int("abc")
except ValueError as e:
    raise AppError("bad input") from e
