# raise SystemExit(0) exits cleanly; finally blocks still run
try:
    print("working")
    raise SystemExit(0)
finally:
    print("cleanup in finally")
print("never printed")
