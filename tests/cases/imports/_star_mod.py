# helper for from-import-star tests: __all__ restricts what * exports
__all__ = ["public_fn", "VALUE", "_exported_private"]
VALUE = 7
OTHER = "not exported"
_exported_private = "private but listed"
_hidden = "hidden"

def public_fn():
    return "public_fn called, OTHER=" + OTHER

def not_listed():
    return "not listed"
