# Sequences nest with every other pattern kind
def describe(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return f"go {direction}"
        case ["take", str(item), *others] if others:
            return f"take {item} and {others}"
        case ["take", str(item)]:
            return f"take {item}"
        case ["move", {"x": int(x), "y": int(y)}]:
            return f"move to {x},{y}"
        case [("a" | "b"), [1, *_]]:
            return "letter and list starting with 1"
        case _:
            return "?"


for cmd in [["go", "north"], ["go", "east"], ["take", "lamp"], ["take", "lamp", "key"],
            ["move", {"x": 1, "y": 2}], ["move", {"x": 1}], ("b", [1, 2]), ("b", (2,))]:
    print(cmd, "->", describe(cmd))
