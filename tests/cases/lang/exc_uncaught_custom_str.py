# uncaught custom exception: last stderr line uses the qualified class name and __str__
class Outer:
    class InnerError(Exception):
        def __str__(self):
            return "custom text from __str__"
print("about to fail")
raise Outer.InnerError("ignored arg")
