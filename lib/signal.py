"""signal: the native _signal module, with signal numbers and handlers as IntEnums."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

_IntEnum._convert_(
    'Signals', __name__,
    lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_'))
_IntEnum._convert_('Handlers', __name__, lambda name: name in ('SIG_DFL', 'SIG_IGN'))
_IntEnum._convert_('Sigmasks', __name__,
                   lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """An int as a member of enum_klass when it is one; anything else unchanged."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = _signal.signal.__doc__
getsignal.__doc__ = _signal.getsignal.__doc__
del _globals
