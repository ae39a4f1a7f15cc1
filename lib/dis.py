"""Disassembler of Taipan bytecode, with the API of CPython's dis module.

Taipan runs its own instruction set (see docs/PYC.md), so the listings differ from
CPython's; the functions, their arguments and the Instruction fields are the same.
"""

import sys
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "get_instructions", "Instruction", "Bytecode", "opname", "opmap"]

opname = _dis.opname
opmap = _dis.opmap

_code_type = type(_dis.compile_source("", "<dis>"))


def _get_code_object(x):
    """The code object behind a function, method, generator, class body or source."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    if isinstance(x, str):
        x = _dis.compile_source(x, "<disassembly>")
    if isinstance(x, _code_type):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _print(text, file):
    if file is None:
        file = sys.stdout
    file.write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects or source."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    if isinstance(x, _code_type):
        _print(_dis.disassemble(x, depth is None or depth > 0), file)
    elif isinstance(x, str):
        _print(_dis.disassemble(_dis.compile_source(x, "<dis>"), True), file)
    elif hasattr(x, "__dict__"):
        for name, x1 in sorted(x.__dict__.items()):
            if hasattr(x1, "__func__"):
                x1 = x1.__func__
            if hasattr(x1, "__code__") or isinstance(x1, (_code_type, type)):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback's innermost frame (default: the last one)."""
    if tb is None:
        tb = getattr(sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    while tb.tb_next:
        tb = tb.tb_next
    _print(_dis.disassemble(tb.tb_frame.f_code, False), file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble one code object (not the code objects nested in it)."""
    _print(_dis.disassemble(_get_code_object(co), False), file)


disco = disassemble


class Instruction:
    """One bytecode instruction, with the fields of CPython's dis.Instruction."""

    _fields = ("opname", "opcode", "arg", "argval", "argrepr", "offset",
               "starts_line", "is_jump_target")

    def __init__(self, opname, opcode, arg, argval, argrepr, offset, starts_line,
                 is_jump_target):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target

    def _astuple(self):
        return (self.opname, self.opcode, self.arg, self.argval, self.argrepr,
                self.offset, self.starts_line, self.is_jump_target)

    def __eq__(self, other):
        if not isinstance(other, Instruction):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self):
        return hash(self._astuple())

    def __iter__(self):
        return iter(self._astuple())

    def __repr__(self):
        parts = ", ".join("%s=%r" % (name, getattr(self, name)) for name in self._fields)
        return "Instruction(%s)" % parts

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        line = "%*s" % (lineno_width, self.starts_line if self.starts_line is not None else "")
        fields = [line, "    ", "-->" if mark_as_current else "   ",
                  ">>" if self.is_jump_target else "  ",
                  " %*d " % (offset_width, self.offset), "%-20s" % self.opname]
        if self.arg is not None:
            fields.append(" %5d" % self.arg)
            if self.argrepr:
                fields.append(" (" + self.argrepr + ")")
        return "".join(fields).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of a function, method, code object or source."""
    co = _get_code_object(x)
    for fields in _dis.instructions(co):
        yield Instruction(*fields)


def findlinestarts(code):
    """(offset, line) for the first instruction of each source line."""
    for ins in get_instructions(code):
        if ins.starts_line is not None:
            yield ins.offset, ins.starts_line


class Bytecode:
    """The bytecode of a function, method, code object or source: iterate it for its
    Instructions; .dis() returns the listing as a string."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj)

    def __repr__(self):
        return "Bytecode(%r)" % (self._original_object,)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        return _dis.disassemble(self.codeobj, False)


def code_info(x):
    """A formatted description of a code object's names and counts."""
    co = _get_code_object(x)
    lines = ["Name:              %s" % co.co_name,
             "Filename:          %s" % co.co_filename,
             "Argument count:    %s" % co.co_argcount,
             "Positional-only arguments: %s" % co.co_posonlyargcount,
             "Kw-only arguments: %s" % co.co_kwonlyargcount,
             "Number of locals:  %s" % co.co_nlocals,
             "Flags:             %s" % co.co_flags]
    for title, names in (("Names", co.co_names), ("Variable names", co.co_varnames),
                         ("Free variables", co.co_freevars),
                         ("Cell variables", co.co_cellvars)):
        if names:
            lines.append(title + ":")
            for i, n in enumerate(names):
                lines.append("%4d: %s" % (i, n))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


def _test():
    """`python -m dis FILE`: disassemble a source file."""
    if len(sys.argv) < 2:
        print("usage: dis.py [-h] [infile]", file=sys.stderr)
        raise SystemExit(2)
    with open(sys.argv[1]) as f:
        source = f.read()
    _print(_dis.disassemble(_dis.compile_source(source, sys.argv[1]), True), None)


if __name__ == "__main__":
    _test()
