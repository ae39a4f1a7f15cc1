# The name called in a class pattern must be a class
print("before")
match 3:
    case len():
        pass
