# Mapping patterns: listed keys must be present, extra keys are allowed, values nest
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 0},
          {"type": "key", "key": "q"}, {"type": "scroll"}, {"pos": (1, 2)}, {}, [("type", 1)]]:
    print(handle(e))
