class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class Form:
    def check(self, data):
        if "name" not in data:
            raise ValidationError("name", "missing")

Form().check({"age": 3})
