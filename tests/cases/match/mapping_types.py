# dict and its subclasses are mappings; {} matches any mapping, even a non-empty one
class MyDict(dict):
    pass


def check(v):
    match v:
        case {}:
            return "mapping"
        case _:
            return "not a mapping"


for v in [{}, {"a": 1}, MyDict(), [], (), "abc", {1}, None, {1: 2}.keys()]:
    print(type(v).__name__, check(v))
