# The exit status comes from SystemExit's `code` attribute.
e = SystemExit(3)
e.code = "changed"
raise e
