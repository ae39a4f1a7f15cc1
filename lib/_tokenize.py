"""CPython's _tokenize module (the C tokenizer behind tokenize.tokenize and
tokenize.generate_tokens), for Taipan.

Taipan's tokenizer lives in its Rust compiler and is not exposed to Python:
TokenizerIter raises NotImplementedError.  Importing this module is enough
for CPython's tokenize.py to load, so its encoding detection
(tokenize.detect_encoding, tokenize.open) -- what linecache and traceback
use -- works.
"""


class TokenizerIter:
    def __init__(self, readline, *, extra_tokens=False, encoding=None):
        raise NotImplementedError(
            "Taipan does not support tokenizing Python source from Python "
            "(tokenize.tokenize / tokenize.generate_tokens)")
