# raise SystemExit(0) exits cleanly with status 0; finally blocks still run
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

print("working", work(10))
try:
    print("about to exit")
    raise SystemExit(0)
except Exception:
    print("not caught by except Exception")
finally:
    print("cleanup in finally")
print("never printed")
