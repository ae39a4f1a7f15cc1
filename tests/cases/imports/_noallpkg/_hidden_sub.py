# submodule of _noallpkg whose name starts with _, so star import skips it
TAG = "tag"
