"""The JSON value scanner: make_scanner(decoder) -> scan_once(s, idx)."""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

_DIGITS = '0123456789'


def py_make_scanner(context):
    """A scan_once(string, idx) -> (value, end) closure over context's
    parsing options; raises StopIteration(idx) when no value starts there.
    """
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def match_number(string, idx):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? with ASCII digits.
        n = len(string)
        i = idx
        if i < n and string[i] == '-':
            i += 1
        if i >= n:
            return None
        c = string[i]
        if c == '0':
            i += 1
        elif '1' <= c <= '9':
            i += 1
            while i < n and '0' <= string[i] <= '9':
                i += 1
        else:
            return None
        is_float = False
        if i + 1 < n and string[i] == '.' and '0' <= string[i + 1] <= '9':
            i += 2
            while i < n and '0' <= string[i] <= '9':
                i += 1
            is_float = True
        if i < n and (string[i] == 'e' or string[i] == 'E'):
            j = i + 1
            if j < n and (string[j] == '-' or string[j] == '+'):
                j += 1
            if j < n and '0' <= string[j] <= '9':
                j += 1
                while j < n and '0' <= string[j] <= '9':
                    j += 1
                i = j
                is_float = True
        if is_float:
            return parse_float(string[idx:i]), i
        return parse_int(string[idx:i]), i

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None

        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        elif nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once,
                                object_hook, object_pairs_hook, memo)
        elif nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5

        m = match_number(string, idx)
        if m is not None:
            return m
        if nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
