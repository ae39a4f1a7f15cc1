import _no_such_module_for_failsub  # noqa: F401
