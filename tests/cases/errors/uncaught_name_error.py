# uncaught NameError for a misspelled variable
count = 5
print("count is", count)
print("doubled is", cuont * 2)
