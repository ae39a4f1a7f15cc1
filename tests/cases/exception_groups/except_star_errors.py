# except* clause types are checked when the clause is reached.
for types in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, "x")):
    try:
        try:
            raise ValueError(1)
        except* types:
            pass
    except TypeError as e:
        print("TypeError:", e)
