# package init for import tests
print("init _pkg, __name__ =", __name__)
PKG_CONST = "pkg const"

def pkg_helper():
    return "pkg_helper"
