# sys.exit with a string prints it to stderr and exits with status 1
import sys

def load_config(entries):
    config = {}
    for line in entries:
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    return config

cfg = load_config(["name = demo", "mode = fast"])
print("loaded", cfg)
if "path" not in cfg:
    print("about to fail")
    sys.exit("fatal: configuration missing")
print("never printed")
