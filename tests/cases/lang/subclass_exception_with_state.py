# Exception subclasses with extra state, custom __str__/__repr__, pickling-free args behaviour
class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
class MultiError(Exception):
    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__(len(self.errors))
    def __str__(self):
        return "; ".join(str(e) for e in self.errors)
def validate(rec):
    errs = []
    for k in ("name", "age"):
        if k not in rec:
            errs.append(ValidationError(k, "missing"))
    if errs:
        raise MultiError(errs)
try:
    validate({})
except MultiError as e:
    print(e)
    print(e.args, [x.field for x in e.errors])
try:
    raise ValidationError("age", "negative")
except ValueError as e:
    print(repr(e), e.field, e.problem, isinstance(e, ValueError))
class Silent(Exception):
    def __repr__(self): return "Silent!"
print(repr(Silent()), [Silent()], str(Silent("x")))
