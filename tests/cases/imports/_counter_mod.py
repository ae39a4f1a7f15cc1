# helper module with state and an import-time side effect
print("_counter_mod is being imported")
count = 0

def bump():
    global count
    count += 1
    return count
