# uncaught ValueError from int() on a non-numeric string
raw = ["12", "7", "x9"]
nums = []
for r in raw:
    nums.append(int(r))
    print("parsed", nums[-1])
