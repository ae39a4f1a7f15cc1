import sys

for args in [(1,), ("",), ("sys", None, None, None, -1), ("..x",), (".",), ("a..b",)]:
    try:
        print(__import__(*args))
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)

print(__import__("sys", fromlist=["path"]) is sys)
print(__import__("sys", fromlist=("path", 3)) is sys)
try:
    __import__("sys", None, None, None, "x")
except TypeError as e:
    print(type(e).__name__, e)
