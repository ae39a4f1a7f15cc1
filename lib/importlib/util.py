"""importlib.util: cache paths and source hashes of Taipan's bytecode cache."""

from _imp import MAGIC_NUMBER, cache_from_source, source_from_cache, source_hash

__all__ = ["MAGIC_NUMBER", "cache_from_source", "source_from_cache", "source_hash"]
