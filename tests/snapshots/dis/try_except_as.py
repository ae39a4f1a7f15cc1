def f(a, b=1):
    try:
        return a + b
    except TypeError as e:
        raise ValueError("x") from e
