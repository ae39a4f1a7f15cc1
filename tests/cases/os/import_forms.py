import os.path
import sys
from os import path
import posixpath
print(os.path is posixpath, path is posixpath, sys.modules['os.path'] is posixpath)
from os.path import join, exists
print(join('a', 'b'), exists('.'))
import posix
print(os.stat is posix.stat, os.listdir is posix.listdir, type(posix.environ).__name__)
print('path' in os.__all__, 'walk' in os.__all__)
