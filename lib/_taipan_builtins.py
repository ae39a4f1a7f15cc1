"""Parts of Taipan's builtins written in Python (the VM's native builtins call
them): the awaitable of anext(it, default), help() and sys.breakpointhook()."""


class anext_awaitable:
    """What anext(aiterator, default) returns: awaits aiterator.__anext__()'s
    awaitable, and ends with the default when that raises StopAsyncIteration."""

    __slots__ = ('_awaitable', '_default')

    def __init__(self, awaitable, default):
        self._awaitable = awaitable
        self._default = default

    def __await__(self):
        awaitable = self._awaitable
        try:
            await_ = type(awaitable).__await__
        except AttributeError:
            raise TypeError("'%s' object can't be awaited"
                            % type(awaitable).__name__) from None
        try:
            return (yield from await_(awaitable))
        except StopAsyncIteration:
            return self._default


anext_awaitable.__module__ = 'builtins'


def breakpointhook(*args, **kws):
    """sys.breakpointhook(): calls what $PYTHONBREAKPOINT names ('0' disables
    it; the default is pdb.set_trace)."""
    import os
    hookname = os.environ.get('PYTHONBREAKPOINT', '')
    if hookname == '0':
        return None
    default = not hookname
    if default:
        hookname = 'pdb.set_trace'
    modname, dot, funcname = hookname.rpartition('.')
    if not dot:
        modname = 'builtins'
    try:
        module = __import__(modname, fromlist=[funcname])
        hook = getattr(module, funcname)
    except (ImportError, AttributeError):
        if default:
            raise NotImplementedError(
                "breakpoint(): Taipan has no pdb debugger; set "
                "sys.breakpointhook or $PYTHONBREAKPOINT to a callable") from None
        import warnings
        warnings.warn(
            'Ignoring unimportable $PYTHONBREAKPOINT: "%s"' % hookname,
            RuntimeWarning, stacklevel=3)
        return None
    return hook(*args, **kws)


# -- help() -----------------------------------------------------------------

def help(*args, **kwds):
    """help(obj): pydoc's plain-text help for a function, method or builtin."""
    if kwds:
        raise TypeError("help() takes no keyword arguments")
    if not args:
        raise NotImplementedError(
            "interactive help() is not supported by Taipan; use help(object)")
    if len(args) > 1:
        raise TypeError("help() takes from 0 to 1 positional arguments "
                        "but %d were given" % len(args))
    import sys
    sys.stdout.write(_render(args[0]))


def _indent(doc, prefix):
    lines = _cleandoc(doc).split('\n')
    return '\n'.join((prefix + line).rstrip() for line in lines)


def _cleandoc(doc):
    """inspect.cleandoc: the docstring without its common indentation and its
    leading and trailing blank lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _signature(func, bound=False):
    """The parameter list as inspect.signature writes it (without the first
    parameter for a bound method)."""
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', {}) or {}

    def param(name, default=None, has_default=False, prefix=''):
        text = prefix + name
        if name in annotations:
            ann = annotations[name]
            ann = ann.__name__ if isinstance(ann, type) else repr(ann)
            text += ': ' + ann
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i >= first_default:
            parts.append(param(names[i], defaults[i - first_default], True))
        else:
            parts.append(param(names[i]))
        if i + 1 == code.co_posonlyargcount:
            parts.append('/')
    i = npos + nkw
    if code.co_flags & 0x04:
        parts.append(param(names[i], prefix='*'))
        i += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        if name in kwdefaults:
            parts.append(param(name, kwdefaults[name], True))
        else:
            parts.append(param(name))
    if code.co_flags & 0x08:
        parts.append(param(names[i], prefix='**'))
    if bound and parts:
        del parts[0]
        if parts and parts[0] == '/':
            del parts[0]
    text = '(' + ', '.join(parts) + ')'
    if 'return' in annotations:
        ret = annotations['return']
        text += ' -> ' + (ret.__name__ if isinstance(ret, type) else repr(ret))
    return text


def _render(thing):
    import types
    if isinstance(thing, types.MethodType):
        func = thing.__func__
        owner_cls = type(thing.__self__)
        head = "Help on method %s in module %s:\n\n" % (func.__name__,
                                                        func.__module__)
        title = "%s%s method of %s.%s instance" % (
            func.__name__, _signature(func, bound=True), owner_cls.__module__,
            owner_cls.__qualname__)
        return head + title + '\n' + _body(func) + '\n'
    if isinstance(thing, types.FunctionType):
        name = thing.__name__
        kind = "function"
        head = "Help on %s %s in module %s:\n\n" % (kind, name,
                                                   thing.__module__)
        title = name + _signature(thing)
        if name == '<lambda>':
            title = name + ' lambda ' + _signature(thing)[1:-1]
        return head + title + '\n' + _body(thing) + '\n'
    if isinstance(thing, types.BuiltinFunctionType):
        module = thing.__module__ or 'builtins'
        head = "Help on built-in function %s in module %s:\n\n" % (
            thing.__name__, module)
        return head + thing.__name__ + '(...)\n' + _body(thing) + '\n'
    what = "classes" if isinstance(thing, type) else \
        "%s objects" % type(thing).__name__
    raise NotImplementedError(
        "help() on %s is not supported by Taipan (only functions and "
        "methods)" % what)


def _body(func):
    doc = func.__doc__
    if not doc or not isinstance(doc, str):
        return ''
    return _indent(doc, '    ') + '\n'
