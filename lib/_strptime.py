"""Parsing of time strings: ``time.strptime``'s implementation.

Taipan's _strptime: CPython 3.12's behaviour in the C locale, written for
Taipan without regular expressions.  Each directive lists the alternatives
CPython's pattern has, in the same order, and a backtracking matcher takes the
first that lets the rest of the format match, as ``re.match`` does; text left
over after the match is an error, as in CPython.
"""

import time

__all__ = []

_DIGITS = '0123456789'
_NZ = '123456789'

# Each alternative is a sequence of character classes (one character each).
_SHAPES = {
    'd': (('3', '01'), ('12', _DIGITS), ('0', _NZ), (_NZ,), (' ', _NZ)),
    'H': (('2', '0123'), ('01', _DIGITS), (_DIGITS,)),
    'I': (('1', '012'), ('0', _NZ), (_NZ,)),
    'G': ((_DIGITS,) * 4,),
    'j': (('3', '6', '0123456'), ('3', '012345', _DIGITS), ('12', _DIGITS, _DIGITS),
          ('0', _NZ, _DIGITS), ('0', '0', _NZ), (_NZ, _DIGITS), ('0', _NZ), (_NZ,)),
    'm': (('1', '012'), ('0', _NZ), (_NZ,)),
    'M': (('012345', _DIGITS), (_DIGITS,)),
    'S': (('6', '01'), ('012345', _DIGITS), (_DIGITS,)),
    'U': (('5', '0123'), ('01234', _DIGITS), (_DIGITS,)),
    'W': (('5', '0123'), ('01234', _DIGITS), (_DIGITS,)),
    'V': (('5', '0123'), ('0', _NZ), ('1234', _DIGITS), (_DIGITS,)),
    'w': (('0123456',),),
    'u': (('1234567',),),
    'y': ((_DIGITS, _DIGITS),),
    'Y': ((_DIGITS,) * 4,),
    'f': tuple((_DIGITS,) * n for n in range(6, 0, -1)),
}

_A = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
      'sunday']
_a = [d[:3] for d in _A]
_B = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
      'august', 'september', 'october', 'november', 'december']
_b = [''] + [m[:3] for m in _B[1:]]
_AM_PM = ['am', 'pm']

# The C locale's %c, %x and %X.
_LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _names(key):
    if key == 'A':
        names = _A
    elif key == 'a':
        names = _a
    elif key == 'B':
        names = _B[1:]
    elif key == 'b':
        names = _b[1:]
    elif key == 'p':
        names = _AM_PM
    else:
        zones = {'utc', 'gmt'}
        for tz in time.tzname:
            zones.add(tz.lower())
        names = list(zones)
    # Longest first, as CPython's __seqToRE.
    return sorted(names, key=len, reverse=True)


def _compile(format):
    """The format as tokens: ('lit', ch), ('ws',) and ('dir', key)."""
    tokens = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            key = format[i + 1]
            if key in _LOCALE_FORMATS:
                tokens.extend(_compile(_LOCALE_FORMATS[key]))
            elif key == '%':
                tokens.append(('lit', '%'))
            elif key in _SHAPES or key in 'AaBbpZz':
                tokens.append(('dir', key))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (key, format))
            i += 2
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _z_candidates(s, i):
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)
    out = []
    if i < len(s) and s[i] in '+-':
        j = i + 1
        if s[j:j + 2].isdigit() and len(s[j:j + 2]) == 2 and s[j:j + 2].isascii():
            j += 2
            for colon in (True, False):
                k = j
                if colon:
                    if s[k:k + 1] != ':':
                        continue
                    k += 1
                if k + 1 < len(s) + 0 and s[k:k + 1] in '012345' and s[k:k + 1] != '' \
                        and s[k + 1:k + 2] in _DIGITS and s[k + 1:k + 2] != '':
                    k += 2
                    base = k
                    # optional seconds (greedy first)
                    secs = []
                    for colon2 in (True, False):
                        m = base
                        if colon2:
                            if s[m:m + 1] != ':':
                                continue
                            m += 1
                        if s[m:m + 1] != '' and s[m:m + 1] in '012345' \
                                and s[m + 1:m + 2] != '' and s[m + 1:m + 2] in _DIGITS:
                            m += 2
                            if s[m:m + 1] == '.':
                                q = m + 1
                                while q < len(s) and q - m - 1 < 6 and s[q] in _DIGITS:
                                    q += 1
                                for e in range(q, m + 1, -1):
                                    secs.append(e)
                            secs.append(m)
                    for e in secs:
                        out.append(e)
                    out.append(base)
    if s[i:i + 1] == 'Z':
        out.append(i + 1)
    return out


def _candidates(key, s, i):
    """End positions for directive `key` at s[i:], in the order re tries them."""
    if key in _SHAPES:
        ends = []
        for shape in _SHAPES[key]:
            if i + len(shape) > len(s):
                continue
            for k, cls in enumerate(shape):
                if s[i + k] not in cls:
                    break
            else:
                ends.append(i + len(shape))
        return ends
    if key == 'z':
        return _z_candidates(s, i)
    low = s.lower()
    return [i + len(name) for name in _names(key)
            if name and low.startswith(name, i)]


def _match(tokens, t, s, i, found):
    if t == len(tokens):
        return i
    tok = tokens[t]
    kind = tok[0]
    if kind == 'lit':
        if i < len(s) and s[i].lower() == tok[1].lower():
            return _match(tokens, t + 1, s, i + 1, found)
        return None
    if kind == 'ws':
        j = i
        while j < len(s) and s[j].isspace():
            j += 1
        for end in range(j, i, -1):
            r = _match(tokens, t + 1, s, end, found)
            if r is not None:
                return r
        return None
    key = tok[1]
    for end in _candidates(key, s, i):
        found[key] = s[i:end]
        r = _match(tokens, t + 1, s, end, found)
        if r is not None:
            return r
        del found[key]
    return None


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]


def _toordinal(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return days + day


def _fromordinal(n):
    # Inverse of _toordinal, as datetime's _ord2ymd.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= ([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]
                      + (month == 2 and leapyear))
    n -= preceding
    return year, month, n + 1


def _weekday(year, month, day):
    return (_toordinal(year, month, day) + 6) % 7


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    else:
        days_to_week = week_0_length + (7 * (week_of_year - 1))
        return 1 + days_to_week + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    correction = _weekday(iso_year, 1, 4) + 1 + 3
    ordinal = (iso_week * 7) + iso_weekday - correction
    if ordinal < 1:
        ordinal += _toordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _toordinal(iso_year, 1, 1)
    return iso_year, ordinal


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a 2-tuple consisting of a time struct and an int containing
    the number of microseconds based on the input string and the
    format string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))

    tokens = _compile(format)
    found_dict = {}
    end = _match(tokens, 0, data_string, 0, found_dict)
    if end is None:
        raise ValueError("time data %r does not match format %r" %
                         (data_string, format))
    if len(data_string) != end:
        raise ValueError("unconverted data remains: %s" %
                         data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for group_key in found_dict.keys():
        value = found_dict[group_key]
        if group_key == 'y':
            year = int(value)
            if year <= 68:
                year += 2000
            else:
                year += 1900
        elif group_key == 'Y':
            year = int(value)
        elif group_key == 'G':
            iso_year = int(value)
        elif group_key == 'm':
            month = int(value)
        elif group_key == 'B':
            month = _B.index(value.lower())
        elif group_key == 'b':
            month = _b.index(value.lower())
        elif group_key == 'd':
            day = int(value)
        elif group_key == 'H':
            hour = int(value)
        elif group_key == 'I':
            hour = int(value)
            ampm = found_dict.get('p', '').lower()
            if ampm in ('', _AM_PM[0]):
                if hour == 12:
                    hour = 0
            elif ampm == _AM_PM[1]:
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(value)
        elif group_key == 'S':
            second = int(value)
        elif group_key == 'f':
            s = value
            s += "0" * (6 - len(s))
            fraction = int(s)
        elif group_key == 'A':
            weekday = _A.index(value.lower())
        elif group_key == 'a':
            weekday = _a.index(value.lower())
        elif group_key == 'w':
            weekday = int(value)
            if weekday == 0:
                weekday = 6
            else:
                weekday -= 1
        elif group_key == 'u':
            weekday = int(value)
            weekday -= 1
        elif group_key == 'j':
            julian = int(value)
        elif group_key in ('U', 'W'):
            week_of_year = int(value)
            if group_key == 'U':
                week_of_year_start = 6
            else:
                week_of_year_start = 0
        elif group_key == 'V':
            iso_week = int(value)
        elif group_key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            msg = f"Inconsistent use of : in {value}"
                            raise ValueError(msg)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = "0" * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding)
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == 'Z':
            found_zone = value.lower()
            for value, tz_values in enumerate(([time.tzname[0].lower(), 'utc', 'gmt'],
                                               [time.tzname[1].lower()])):
                if found_zone in tz_values:
                    if (time.tzname[0] == time.tzname[1] and
                            time.daylight and found_zone not in ("utc", "gmt")):
                        break
                    else:
                        tz = value
                        break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with "
                             "the year directive '%Y'. Use the ISO year '%G' "
                             "instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # 1904 is first leap year of 20th century
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = True if week_of_year_start == 0 else False
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday,
                                              week_starts_Mon)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday

    if julian is None:
        julian = _toordinal(year, month, day) - _toordinal(year, 1, 1) + 1
    else:
        year, month, day = _fromordinal((julian - 1) + _toordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    tzname = found_dict.get("Z")

    if leap_year_fix:
        year = 1900

    return (year, month, day,
            hour, minute, second,
            weekday, julian, tz, tzname, gmtoff), fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the
    format string."""
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:11])
