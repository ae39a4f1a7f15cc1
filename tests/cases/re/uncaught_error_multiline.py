# an uncaught re.error in a multi-line verbose pattern
import re

re.compile(r"""
    \d+   # digits
    [a-   # an unterminated set
""", re.VERBOSE)
