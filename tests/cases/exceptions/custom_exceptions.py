# custom exception hierarchy with extra attributes
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field + ": " + message)
        self.field = field

class NotFound(AppError):
    pass

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "missing")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    if user["name"] == "ghost":
        raise NotFound("no such user " + user["name"])
    return "ok " + user["name"]

for u in [{"name": "ann"}, {}, {"name": "x", "age": -1}, {"name": "ghost"}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("invalid", e.field, "|", e, "|", e.args)
    except AppError as e:
        print(type(e).__name__, e)
print(issubclass(ValidationError, Exception), isinstance(NotFound("x"), AppError))
