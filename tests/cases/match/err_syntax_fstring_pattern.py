# f-strings are not literal patterns
name = "x"
match "x":
    case f"{name}":
        pass
