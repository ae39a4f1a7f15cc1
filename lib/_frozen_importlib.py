"""Taipan's import machinery as Python objects: ModuleSpec, the built-in finders and
loaders, and the helpers the VM's native importer calls to give modules their __spec__
and __loader__ and to load modules found by user-written finders on sys.meta_path.

The searching itself is native (crates/taipan-vm/src/import.rs); the finder classes here
carry a `_taipan_kind` the VM recognises, so sys.meta_path keeps CPython's shape."""

import sys
import _imp

_NEEDS_LOADING = object()


class ModuleSpec:
    """The import-related state of a module (PEP 451)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and smsl == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith(".py"):
                self._cached = _imp.cache_from_source(self.origin)
            elif self.origin.endswith(".pyc"):
                self._cached = self.origin
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Meta path finder for the modules written in Rust inside Taipan."""

    _taipan_kind = "builtin"
    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if not _imp.is_builtin(spec.name):
            raise ImportError("{!r} is not a built-in module".format(spec.name), name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """Meta path finder for Taipan's frozen library (its `lib/`, compiled into the
    binary). The VM searches that library after the directories of sys.path, so that
    modules on PYTHONPATH take precedence, as CPython's own Lib does."""

    _taipan_kind = "frozen"
    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        spec = ModuleSpec(fullname, cls, origin=cls._ORIGIN,
                          is_package=_imp.is_frozen_package(fullname))
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        code = _imp.get_frozen_object(name)
        exec(code, module.__dict__)

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)

    @classmethod
    def get_code(cls, fullname):
        return _imp.get_frozen_object(fullname)

    @classmethod
    def get_source(cls, fullname):
        return None


def _new_module(name):
    return type(sys)(name)


def _init_module_attrs(spec, module, override=False):
    def settable(attr):
        return override or getattr(module, attr, None) is None
    if settable("__name__"):
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, "__loader__", None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if settable("__package__"):
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if settable("__path__") and spec.submodule_search_locations is not None:
        try:
            module.__path__ = spec.submodule_search_locations
        except AttributeError:
            pass
    if spec.has_location:
        if settable("__file__"):
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if settable("__cached__") and spec.cached is not None:
            try:
                module.__cached__ = spec.cached
            except AttributeError:
                pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _load(spec):
    """Load the module `spec` describes (a spec from a user-written finder)."""
    loader = spec.loader
    if loader is None:
        if spec.submodule_search_locations is not None:
            return _namespace(spec.name, list(spec.submodule_search_locations))
        raise ImportError("missing loader", name=spec.name)
    if not hasattr(loader, "exec_module"):
        if hasattr(loader, "load_module"):
            module = loader.load_module(spec.name)
            return sys.modules.get(spec.name, module)
        raise ImportError("loader for {} cannot handle {}".format(spec.name, spec.name),
                          name=spec.name)
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        loader.exec_module(module)
    except BaseException:
        try:
            del sys.modules[spec.name]
        except KeyError:
            pass
        raise
    # The module may have replaced itself in sys.modules.
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    return module


def _set_spec(module, kind, origin, is_pkg):
    """Called by the VM for each module it loads natively: adds __spec__ and __loader__."""
    name = module.__name__
    if kind == "builtin":
        spec = ModuleSpec(name, BuiltinImporter, origin="built-in")
    elif kind == "frozen":
        spec = ModuleSpec(name, FrozenImporter, origin="frozen", is_package=is_pkg)
        if is_pkg:
            spec.submodule_search_locations = module.__path__
    else:
        ext = sys.modules.get("_frozen_importlib_external")
        if ext is None or not hasattr(ext, "SourceFileLoader"):
            return  # while the import machinery itself loads: set at the end of this file
        if kind == "sourceless":
            loader = ext.SourcelessFileLoader(name, origin)
        else:
            loader = ext.SourceFileLoader(name, origin)
        spec = ModuleSpec(name, loader, origin=origin, is_package=is_pkg)
        spec._set_fileattr = True
        if is_pkg:
            spec.submodule_search_locations = module.__path__
    module.__loader__ = spec.loader
    module.__spec__ = spec


def _namespace(name, dirs):
    """Called by the VM for a namespace package (PEP 420): directories without
    __init__.py found on the path."""
    import _frozen_importlib_external as ext
    path = ext._NamespacePath(name, dirs)
    loader = ext.NamespaceLoader(name, path, ext.PathFinder._get_spec)
    spec = ModuleSpec(name, loader, is_package=True)
    spec.submodule_search_locations = path
    module = _new_module(name)
    _init_module_attrs(spec, module)
    module.__file__ = None
    sys.modules[name] = module
    return module


import _frozen_importlib_external  # noqa: E402  (sets sys.meta_path and the path hooks)

for _name, _mod in list(sys.modules.items()):
    if getattr(_mod, "__spec__", None) is None and _name != "__main__":
        if _imp.is_builtin(_name):
            try:
                _set_spec(_mod, "builtin", None, False)
            except AttributeError:
                pass
        elif getattr(_mod, "__file__", None):
            _set_spec(_mod, "source", _mod.__file__, hasattr(_mod, "__path__"))
        elif _imp.is_frozen(_name):
            _set_spec(_mod, "frozen", None, _imp.is_frozen_package(_name))
del _name, _mod


def _taipan_main_spec(mod_name):
    """For `taipan -m NAME` (as CPython's runpy): the spec of the module to run as
    __main__ (a package's __main__ submodule), or the message to report instead."""
    if mod_name.startswith("."):
        return "Relative module names not supported"
    try:
        spec = _find_spec_importing_parent(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += ". Try using '{}' instead of '{}' as the module name.".format(
                mod_name[:-3], mod_name)
        return msg.format(mod_name, type(ex).__name__, ex)
    if spec is None:
        return "No module named " + mod_name
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            return "Cannot use package as __main__ module"
        __import__(mod_name)
        pkg_main = mod_name + ".__main__"
        result = _taipan_main_spec(pkg_main)
        if isinstance(result, str):
            return "{}; {!r} is a package and cannot be directly executed".format(
                result, mod_name)
        return result
    return spec


def _find_spec(name, path):
    """The first spec sys.meta_path's finders give for `name` (None if none does)."""
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, None)
        if spec is not None:
            return spec
    return None


def _find_spec_importing_parent(fullname):
    """importlib.util.find_spec for an absolute name: sys.modules' spec, or the finders'
    answer once the parent package is imported."""
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{fullname}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{fullname}.__spec__ is None")
        return spec
    parent_name = fullname.rpartition(".")[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    else:
        parent_path = None
    return _find_spec(fullname, parent_path)


def _module_repr(module):
    """ModuleType.__repr__ (the VM calls it once this module is loaded)."""
    loader = getattr(module, "__loader__", None)
    spec = getattr(module, "__spec__", None)
    if spec:
        name = "?" if spec.name is None else spec.name
        if spec.origin is not None:
            if spec.has_location:
                return "<module {!r} from {!r}>".format(name, spec.origin)
            return "<module {!r} ({})>".format(name, spec.origin)
        if spec.loader is None:
            return "<module {!r}>".format(name)
        ext = sys.modules.get("_frozen_importlib_external")
        if ext is not None and isinstance(spec.loader, ext.NamespaceLoader):
            return "<module {!r} (namespace) from {}>".format(name, list(spec.loader._path))
        return "<module {!r} ({!r})>".format(name, spec.loader)
    try:
        name = module.__name__
    except AttributeError:
        name = "?"
    try:
        filename = module.__file__
    except AttributeError:
        if loader is None:
            return "<module {!r}>".format(name)
        return "<module {!r} ({!r})>".format(name, loader)
    return "<module {!r} from {!r}>".format(name, filename)


# What CPython's importlib package takes from its _bootstrap, for when CPython's
# own importlib is on sys.path.
import builtins as _builtins  # noqa: E402


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    return _builtins.__import__(name, globals, locals, fromlist, level)


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _gcd_import(name, package=None, level=0):
    """Import and return the module named by name, package and level."""
    if level > 0:
        name = _resolve_name(name, package, level)
    _builtins.__import__(name)
    return sys.modules[name]


def _exec(spec, module):
    """Run the module's code again in its namespace (importlib.reload)."""
    name = spec.name
    if spec.loader is None:
        return module
    _init_module_attrs(spec, module, override=True)
    if hasattr(spec.loader, 'exec_module'):
        spec.loader.exec_module(module)
    else:
        spec.loader.load_module(name)
    return sys.modules[name]


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if is_package is None:
            return _frozen_importlib_external.spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return _frozen_importlib_external.spec_from_file_location(
            name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)
