# uncaught KeyError with a tuple key prints the repr of the key
d = {}
print("lookup")
d[("a", 1)]
