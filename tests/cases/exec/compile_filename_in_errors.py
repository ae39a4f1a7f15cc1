# compile()'s filename becomes the SyntaxError's filename.
compile("def f(:\n    pass", "named_source.py", "exec")
