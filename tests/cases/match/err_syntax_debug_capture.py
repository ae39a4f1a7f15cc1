# __debug__ cannot be captured
match 3:
    case [__debug__]:
        pass
