# builtins._ follows each displayed value, and a repr that looks at _ sees None.
class Probe:
    def __repr__(self):
        import builtins
        return "Probe(_=%r)" % (builtins._,)
exec(compile("41", "<s>", "single"))
exec(compile("p", "<s>", "single"), {"p": Probe()})
exec(compile("_", "<s>", "single"))
exec(compile("_ is not None", "<s>", "single"))
