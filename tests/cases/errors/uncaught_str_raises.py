# An uncaught exception whose __str__ raises is shown as <exception str() failed>.
class E(Exception):
    def __str__(self):
        raise ValueError("no str for you")

print("before")
raise E("x")
