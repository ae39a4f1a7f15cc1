# exec() globals must be a real dict.
print("before")
exec("x = 1", [])
