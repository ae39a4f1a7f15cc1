type X = 1
print(X.__value__)
print(X[int])
