for i in range(3):
# c
print(i)
