# functions from a module see that module's globals, not the importer's
import _config
from _config import describe, settings

name = "main-module"
print(describe())
_config.set_level(5)
print(describe(), settings["level"])
settings["level"] = 9
print(_config.describe())
_config.rename("renamed")
print(describe(), name, _config.name)
print(sorted(_config.settings), _config.settings is settings)
print(__name__, _config.__name__)
def describe_local():
    return "main sees name=" + name
print(describe_local())
