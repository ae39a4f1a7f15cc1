# try/except inside loops to skip or convert bad items
raw = ["10", "x", "3.5", "-4", "", "7", None, "0"]
parsed = []
errors = []
for item in raw:
    try:
        parsed.append(int(item))
    except ValueError as e:
        errors.append(str(e))
    except TypeError as e:
        errors.append("TypeError: " + str(e))
print(parsed)
for msg in errors:
    print(msg)
results = []
for d in [2, 0, 5, 0]:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise RuntimeError("attempt " + str(attempt) + " failed")
        print("succeeded on attempt", attempt)
        break
    except RuntimeError as e:
        print(e)
