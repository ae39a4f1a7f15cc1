# uncaught ValueError from int() on a non-numeric string
raw = ["12", "7", " 40 ", "x9", "3"]

def parse_or_none(s):
    try:
        return int(s)
    except ValueError:
        return None

print([parse_or_none(r) for r in raw])
nums = []
for r in raw:
    nums.append(int(r))
    print("parsed", nums[-1])
print("never printed")
