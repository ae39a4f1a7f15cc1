# package that does not import its submodules
NAME = "pkg2"
