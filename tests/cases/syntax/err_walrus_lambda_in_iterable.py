print([[x for x in (lambda: (z := 1))()]])
