# helper that prints each time its body runs
print("_once body running")
state = []

def add(x):
    state.append(x)
    return len(state)
