# runtime errors from format specs in f-strings/format(): unknown codes, invalid specs, sign on strings
tests = [
    lambda: f"{'s':d}",
    lambda: f"{1.5:d}",
    lambda: f"{5:s}",
    lambda: f"{'x':+}",
    lambda: f"{12:,,}",
    lambda: format(1, "zz"),
    lambda: f"{None:>5}",
    lambda: f"{[1]:x}",
    lambda: format(3, ".2d"),
]
for t in tests:
    try:
        print("ok:", t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(f"{'s':>3}", f"{True:d}", f"{True}", f"{5:c}", f"{65:c}")
