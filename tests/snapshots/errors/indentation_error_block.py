def check(x):
    if x > 0:
    return "positive"
    return "other"
