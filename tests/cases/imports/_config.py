# helper module whose functions read the module's own globals
name = "config-module"
settings = {"debug": False, "level": 1}

def describe():
    return name + " level=" + str(settings["level"])

def set_level(n):
    settings["level"] = n

def rename(new):
    global name
    name = new
