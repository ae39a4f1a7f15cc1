# In a class body captures become class attributes
class Config:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, "level": int(level)}:
            description = f"{mode}:{level}"
        case _:
            description = "none"


print(Config.mode, Config.level, Config.description)
