# __name__ is "__main__" only for the script; imported module guards do not fire
import sys
import _guarded

print("script __name__:", __name__)
print("module __name__:", _guarded.__name__)
print(_guarded.helper(14))
if __name__ == "__main__":
    print(_guarded.main())
print("argv length:", len(sys.argv))
def run():
    results = [_guarded.helper(i) for i in range(4)]
    return results
print(run())
print(callable(_guarded.main), _guarded.helper("ab"))
