# Dotted names can be mapping keys
class K:
    NAME = "name"
    AGE = "age"


def person(p):
    match p:
        case {K.NAME: str(name), K.AGE: int(age)}:
            return f"{name} is {age}"
        case {K.NAME: name}:
            return f"{name}, age unknown"
        case _:
            return "nobody"


print(person({"name": "Ada", "age": 36}))
print(person({"name": "Bob", "age": "old"}))
print(person({"age": 3}))
