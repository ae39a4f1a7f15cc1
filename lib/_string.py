"""String helpers for str.format (CPython's _string module), for Taipan.

``formatter_parser`` and ``formatter_field_name_split`` are what
``string.Formatter`` builds on: they split a format string into its literal
text and replacement fields, and a field name into its parts, with the same
tuples and the same ValueErrors as CPython 3.12.
"""

import sys


def formatter_parser(text, /):
    """Return an iterator of (literal_text, field_name, format_spec,
    conversion) tuples for the format string *text*; field_name is None
    after a trailing literal."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return _parse_format(text)


def _parse_format(text):
    n = len(text)
    i = 0
    while i < n:
        start = i
        while i < n and text[i] != '{' and text[i] != '}':
            i += 1
        literal = text[start:i]
        if i >= n:
            yield (literal, None, None, None)
            return
        brace = text[i]
        i += 1
        if i < n and text[i] == brace:
            i += 1
            yield (literal + brace, None, None, None)
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if i >= n:
            raise ValueError("Single '{' encountered in format string")

        # The field name runs to '}', ':' or '!' outside square brackets.
        start = i
        in_brackets = False
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            ch = text[i]
            if in_brackets:
                if ch == ']':
                    in_brackets = False
            elif ch == '[':
                in_brackets = True
            elif ch == '{':
                raise ValueError("unexpected '{' in field name")
            elif ch == '}' or ch == ':' or ch == '!':
                break
            i += 1
        field_name = text[start:i]
        i += 1

        conversion = None
        if ch == '!':
            if i >= n:
                raise ValueError(
                    "end of string while looking for conversion specifier")
            conversion = text[i]
            i += 1
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            ch = text[i]
            i += 1
            if ch != ':' and ch != '}':
                raise ValueError("expected ':' after conversion specifier")

        format_spec = ''
        if ch == ':':
            start = i
            depth = 0
            while True:
                if i >= n:
                    raise ValueError("unmatched '{' in format spec")
                ch = text[i]
                if ch == '{':
                    depth += 1
                elif ch == '}':
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
            format_spec = text[start:i]
            i += 1
        yield (literal, field_name, format_spec, conversion)


def _field_index(text):
    """An all-digits field part becomes an int, anything else stays a str."""
    if text.isdecimal():
        value = int(text)
        if value > sys.maxsize:
            raise ValueError("Too many decimal digits in format string")
        return value
    return text


def _field_rest(name, i):
    """Yield (is_attribute, key) for the '.attr' and '[key]' parts of *name*
    from index *i* on."""
    n = len(name)
    while i < n:
        ch = name[i]
        i += 1
        if ch == '.':
            start = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield (True, name[start:i])
        elif ch == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            key = name[start:i]
            i += 1
            yield (False, _field_index(key))
        else:
            raise ValueError(
                "Only '.' or '[' may follow ']' in format field specifier")


def formatter_field_name_split(name, /):
    """Split a field name into its first part (an int if all digits) and an
    iterator of (is_attribute, key) pairs for the rest."""
    if not isinstance(name, str):
        raise TypeError(f"expected str, got {type(name).__name__}")
    i = 0
    n = len(name)
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    return _field_index(name[:i]), _field_rest(name, i)
