# helper that fails half-way through its import
print("_bad_mod: running")
BEFORE = "set before the error"
raise ValueError("boom while importing _bad_mod")
AFTER = "never set"
