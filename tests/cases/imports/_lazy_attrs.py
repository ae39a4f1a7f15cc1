# module-level __getattr__ (PEP 562) for names not found normally
REAL = "real attribute"
calls = []

def __getattr__(name):
    calls.append(name)
    if name.startswith("dyn_"):
        return name[4:].upper()
    raise AttributeError("module " + repr(__name__) + " has no attribute " + repr(name))
