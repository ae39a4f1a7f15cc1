# OSError's str and errno/strerror/filename from its constructor arguments.
for e in (OSError(2, "nf"), OSError(2, "nf", "a.txt"), OSError(2, "nf", "a", None, "b"), OSError("x", "y"),
          FileNotFoundError(2, "No such file or directory", "f.py"), OSError(1), OSError(1, 2, 3, 4, 5, 6), PermissionError(13, "denied")):
    print(str(e), "|", e.errno, e.strerror, e.filename)
