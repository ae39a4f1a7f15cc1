# uncaught ZeroDivisionError after some output ends the program with status 1
def ratio(a, b):
    return a / b

print("computing ratios")
for b in [4, 2, 1, 0, 5]:
    print(ratio(8, b))
print("never printed")
