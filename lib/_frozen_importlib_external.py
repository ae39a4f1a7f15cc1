"""Taipan's path-based import objects: the loaders of source and sourceless files, the
path finder and file finder, and namespace packages' _NamespacePath (PEP 420).

The VM's native importer does the searching for ordinary imports; these classes give the
same answers to Python code (importlib.util.find_spec, reload, user-written hooks)."""

import sys
import _imp
import posix
import _frozen_importlib as _bootstrap

ModuleSpec = _bootstrap.ModuleSpec

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def _stat_mode(path):
    try:
        return posix.stat(path).st_mode
    except (OSError, ValueError):
        return 0


def _isfile(path):
    return _stat_mode(path) & 0o170000 == 0o100000


def _isdir(path):
    return _stat_mode(path) & 0o170000 == 0o040000


def _join(*parts):
    return "/".join(p.rstrip("/") for p in parts if p)


def _absolute(path):
    if path.startswith("/"):
        return path
    return _join(posix.getcwd(), path)


class FileLoader:
    """Base of the loaders of modules stored as files."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def is_package(self, fullname):
        filename = self.path.rpartition("/")[2]
        return filename.rpartition(".")[0] == "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError("cannot load module {!r} when get_code() returns None"
                              .format(module.__name__))
        exec(code, module.__dict__)

    def load_module(self, fullname):
        spec = spec_from_file_location(fullname, self.path, loader=self)
        return _bootstrap._load(spec)


class SourceFileLoader(FileLoader):
    """Loader of `.py` files."""

    def get_source(self, fullname):
        data = self.get_data(self.path)
        return data.decode("utf-8")

    def source_to_code(self, data, path):
        return compile(data, path, "exec", dont_inherit=True)

    def get_code(self, fullname):
        return self.source_to_code(self.get_data(self.path), self.path)

    def path_stats(self, path):
        st = posix.stat(path)
        return {"mtime": st.st_mtime, "size": st.st_size}


class SourcelessFileLoader(FileLoader):
    """Loader of `.pyc` files with no source beside them."""

    def get_source(self, fullname):
        return None

    def get_code(self, fullname):
        raise NotImplementedError("Taipan cannot execute a sourceless .pyc through "
                                  "SourcelessFileLoader.get_code")


class ExtensionFileLoader(FileLoader):
    """Taipan has no extension modules; present for importlib.machinery's names."""

    def create_module(self, spec):
        raise NotImplementedError("Taipan cannot load extension modules")


class _NamespacePath:
    """The __path__ of a namespace package: a list-like view of its portions."""

    def __init__(self, name, path, path_finder=None):
        self._name = name
        self._path = list(path)

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._path)

    def __repr__(self):
        return "_NamespacePath({!r})".format(self._path)

    def __contains__(self, item):
        return item in self._path

    def append(self, item):
        self._path.append(item)

    def __eq__(self, other):
        if isinstance(other, _NamespacePath):
            return self._path == other._path
        return self._path == other


class NamespaceLoader:
    """Loader of namespace packages (they have no code)."""

    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile("", "<string>", "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class FileFinder:
    """Finds modules in one directory."""

    _taipan_kind = "file"

    def __init__(self, path, *loader_details):
        self.path = path or "."
        if not path or path == ".":
            self.path = _absolute(posix.getcwd())
        else:
            self.path = _absolute(path)

    def __repr__(self):
        return "FileFinder({!r})".format(self.path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        short = fullname.rpartition(".")[2]
        base = _join(self.path, short)
        if _isdir(base):
            for init, loader in (("__init__.py", SourceFileLoader),
                                 ("__init__.pyc", SourcelessFileLoader)):
                full = _join(base, init)
                if _isfile(full):
                    return spec_from_file_location(fullname, full, loader=loader(fullname, full),
                                                   submodule_search_locations=[base])
        for suffix, loader in ((".py", SourceFileLoader), (".pyc", SourcelessFileLoader)):
            full = base + suffix
            if _isfile(full):
                return spec_from_file_location(fullname, full, loader=loader(fullname, full))
        if _isdir(base):
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if not _isdir(path or "."):
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)
        path_hook_for_FileFinder._taipan_kind = "file"
        return path_hook_for_FileFinder


class PathFinder:
    """Meta path finder for sys.path and packages' __path__ (then, as the last entry of
    the path, Taipan's frozen library)."""

    _taipan_kind = "path"

    @staticmethod
    def invalidate_caches():
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None:
                del sys.path_importer_cache[name]
            elif hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == "":
            try:
                path = posix.getcwd()
            except FileNotFoundError:
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError("spec missing loader")
            namespace_path.extend(portions)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = namespace_path
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        top = path is None
        if path is None:
            path = sys.path
        spec = cls._get_spec(fullname, path, target)
        if spec.loader is not None:
            return spec
        frozen = _bootstrap.FrozenImporter.find_spec(fullname)
        if frozen is not None and (top or "." in fullname):
            return frozen
        namespace_path = spec.submodule_search_locations
        if namespace_path:
            spec.origin = None
            spec.submodule_search_locations = _NamespacePath(fullname, namespace_path)
            spec.loader = NamespaceLoader(fullname, spec.submodule_search_locations)
            return spec
        return None


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_bootstrap._NEEDS_LOADING):
    """A spec for the module at `location` (a file path)."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        if not isinstance(location, str):
            location = location.__fspath__()
        if not location.startswith("/"):
            try:
                location = _join(posix.getcwd(), location)
            except OSError:
                pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if location.endswith(".py"):
            loader = SourceFileLoader(name, location)
        elif location.endswith(".pyc"):
            loader = SourcelessFileLoader(name, location)
        else:
            return None
        spec.loader = loader
    if submodule_search_locations is _bootstrap._NEEDS_LOADING:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = location.rpartition("/")[0]
            spec.submodule_search_locations.append(dirname)
    return spec


sys.path_hooks = [FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES),
                                       (SourcelessFileLoader, BYTECODE_SUFFIXES))]
sys.path_importer_cache = {}
sys.meta_path = [_bootstrap.BuiltinImporter, _bootstrap.FrozenImporter, PathFinder]


def _taipan_path_finder(entry):
    """Called by the VM when sys.path_hooks or sys.path_importer_cache were changed: the
    finder for one path entry, None to search it natively, or False to skip it."""
    finder = PathFinder._path_importer_cache(entry)
    if finder is None:
        return False
    if getattr(finder, "_taipan_kind", None) == "file":
        return None
    return finder


# What CPython's importlib package (importlib/__init__.py, machinery.py) takes from
# its _bootstrap_external, for when CPython's own importlib is on sys.path.
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def _pack_uint32(x):
    """Convert a 32-bit integer to little-endian."""
    return (int(x) & 0xFFFFFFFF).to_bytes(4, 'little')


def _unpack_uint32(data):
    """Convert 4 bytes in little-endian to an integer."""
    assert len(data) == 4
    return int.from_bytes(data, 'little')


def _set_bootstrap_module(module):
    global _bootstrap
    _bootstrap = module


class WindowsRegistryFinder:
    """Meta path finder for modules declared in the Windows registry (never
    finds anything off Windows)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


from _imp import MAGIC_NUMBER, cache_from_source, source_from_cache  # noqa: E402

_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string (universal newlines)."""
    return source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


class _LoaderBasics:
    """The loading steps shared by source and sourceless loaders: a module whose
    code get_code returns, run in the module's namespace."""

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return (filename.rsplit('.', 1)[0] == '__init__'
                and fullname.rpartition('.')[2] != '__init__')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when '
                              'get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _bootstrap._load(_bootstrap.spec_from_loader(fullname, self))


class SourceLoader(_LoaderBasics):
    """A loader of Python source that a subclass reads with get_data and
    get_filename."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()',
                              name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(source_path), source_path)
