import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", message, lineno)


warnings.showwarning = show
for i in range(3):
    warnings.warn("same place")
warnings.warn("same place")
reg = globals()["__warningregistry__"]
print(sorted((k[0], k[1].__name__, k[2]) for k in reg if k != "version"))
print(type(reg["version"]))
warnings.simplefilter("default")
warnings.warn("same place again")
print(sorted((k[0], k[1].__name__, k[2]) for k in reg if k != "version"))
for i in range(2):
    warnings.warn("same place again")
warnings.resetwarnings()
warnings.warn("after reset")
warnings.warn("after reset")
