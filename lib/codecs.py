"""codecs: Taipan's codec registry and helpers.

The text codecs themselves live in the VM (str.encode / bytes.decode): UTF-8,
UTF-8-SIG, ASCII, Latin-1, cp1252, UTF-16 and UTF-32 (with a BOM or -LE/-BE). This
module wraps them in CPython's API (lookup, CodecInfo, encode/decode, incremental
encoders and decoders, stream readers and writers, error handler registration) and adds
the bytes-to-bytes 'hex' and str-to-str 'rot13' codecs.

The implementation is _taipan_codecs (shared with the native _codecs module);
this module holds the same objects.
"""

import _taipan_codecs

globals().update({k: v for k, v in vars(_taipan_codecs).items()
                  if not k.startswith('__') or k == '__all__'})
