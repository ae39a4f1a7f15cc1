# The uncaught-exception printer suggests the closest local name.
def total_of(values):
    running_total = 0
    for v in values:
        running_total += v
    return runing_total

print(total_of([1, 2]))
