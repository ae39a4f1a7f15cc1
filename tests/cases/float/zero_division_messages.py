# Each operator and divmod() name themselves in their ZeroDivisionError.
for f in (lambda: divmod(1.0, 0.0), lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 1.0 / 0.0, lambda: divmod(1, 0), lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0.0), lambda: 2 ** -1 // 0, lambda: 0.0 ** -1, lambda: 0 ** -1, lambda: pow(2, -1, 0), lambda: 5 % 0.0):
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
    except ValueError as e:
        print("VE", e)
