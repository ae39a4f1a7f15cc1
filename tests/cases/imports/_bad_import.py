# helper whose own import of a missing module fails
print("_bad_import: running")
import _this_module_does_not_exist_anywhere
