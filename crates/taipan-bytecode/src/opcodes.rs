//! THE instruction set: one `for_each_opcode!` table from which the `Opcode` enum, names,
//! operand kinds, stack effects and the docs are derived.
//!
//! An instruction is one little-endian `u32` code unit: the low 8 bits are the opcode and the
//! high 24 bits its operand (see docs/PYC.md). Jump operands are absolute instruction
//! indices. Changing this table changes `TABLE_FINGERPRINT`, and a test then insists that
//! `pyc::MAGIC` was bumped too.

/// What an operand refers to; `dis` uses it to annotate the argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    None,
    Const,
    Local,
    Name,
    Deref,
    Jump,
    Count,
    BinOp,
    CmpOp,
    Flags,
}

/// Calls `$m!` with the whole table. Each row:
/// `Variant = byte, "DOC: stack effect (in -- out) and meaning", operand, pops, pushes`
/// where pops/pushes are expressions over `arg` (the operand).
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
            Nop = 0, "( -- ) does nothing", None, |_a| 0, |_a| 0;
            PopTop = 1, "(v -- ) discards the top of stack", None, |_a| 1, |_a| 0;
            Copy = 2, "(x_n..x_1 -- x_n..x_1 x_n) pushes a copy of the n-th item", Count, |a| a, |a| a + 1;
            Swap = 3, "(x_n..x_1 -- x_1..x_n) swaps the top with the n-th item", Count, |a| a, |a| a;
            LoadConst = 4, "( -- v) pushes consts[arg]", Const, |_a| 0, |_a| 1;
            LoadFast = 5, "( -- v) pushes local arg; UnboundLocalError if unset", Local, |_a| 0, |_a| 1;
            StoreFast = 6, "(v -- ) stores into local arg", Local, |_a| 1, |_a| 0;
            DeleteFast = 7, "( -- ) unbinds local arg", Local, |_a| 0, |_a| 0;
            LoadName = 8, "( -- v) looks names[arg] up in locals, globals, builtins", Name, |_a| 0, |_a| 1;
            StoreName = 9, "(v -- ) binds names[arg] in the locals mapping", Name, |_a| 1, |_a| 0;
            DeleteName = 10, "( -- ) unbinds names[arg] from the locals mapping", Name, |_a| 0, |_a| 0;
            LoadGlobal = 11, "( -- v) looks names[arg] up in globals, then builtins", Name, |_a| 0, |_a| 1;
            StoreGlobal = 12, "(v -- ) binds names[arg] in globals", Name, |_a| 1, |_a| 0;
            DeleteGlobal = 13, "( -- ) unbinds names[arg] from globals", Name, |_a| 0, |_a| 0;
            LoadDeref = 14, "( -- v) pushes the contents of cell slot arg", Deref, |_a| 0, |_a| 1;
            StoreDeref = 15, "(v -- ) stores into cell slot arg", Deref, |_a| 1, |_a| 0;
            DeleteDeref = 16, "( -- ) empties cell slot arg", Deref, |_a| 0, |_a| 0;
            LoadClosure = 17, "( -- cell) pushes the cell object in slot arg", Deref, |_a| 0, |_a| 1;
            LoadFromDictOrDeref = 18, "(mapping -- v) class-body read of a free variable", Deref, |_a| 1, |_a| 1;
            LoadAttr = 19, "(o -- v) pushes getattr(o, names[arg])", Name, |_a| 1, |_a| 1;
            LoadMethod = 20, "(o -- meth self|attr null) method lookup without a bound method", Name, |_a| 1, |_a| 2;
            StoreAttr = 21, "(v o -- ) setattr(o, names[arg], v)", Name, |_a| 2, |_a| 0;
            DeleteAttr = 22, "(o -- ) delattr(o, names[arg])", Name, |_a| 1, |_a| 0;
            BinaryOp = 23, "(a b -- r) binary or in-place operator number arg", BinOp, |_a| 2, |_a| 1;
            UnaryNegative = 24, "(v -- -v)", None, |_a| 1, |_a| 1;
            UnaryPositive = 25, "(v -- +v)", None, |_a| 1, |_a| 1;
            UnaryNot = 26, "(v -- not v)", None, |_a| 1, |_a| 1;
            UnaryInvert = 27, "(v -- ~v)", None, |_a| 1, |_a| 1;
            CompareOp = 28, "(a b -- r) rich comparison number arg", CmpOp, |_a| 2, |_a| 1;
            IsOp = 29, "(a b -- bool) `is`, or `is not` when arg is 1", Flags, |_a| 2, |_a| 1;
            ContainsOp = 30, "(a b -- bool) `in`, or `not in` when arg is 1", Flags, |_a| 2, |_a| 1;
            BinarySubscr = 31, "(o k -- o[k])", None, |_a| 2, |_a| 1;
            StoreSubscr = 32, "(v o k -- ) o[k] = v", None, |_a| 3, |_a| 0;
            DeleteSubscr = 33, "(o k -- ) del o[k]", None, |_a| 2, |_a| 0;
            BuildSlice = 34, "(start stop [step] -- slice) arg is 2 or 3", Count, |a| a, |_a| 1;
            BuildTuple = 35, "(x_1..x_n -- tuple)", Count, |a| a, |_a| 1;
            BuildList = 36, "(x_1..x_n -- list)", Count, |a| a, |_a| 1;
            BuildSet = 37, "(x_1..x_n -- set)", Count, |a| a, |_a| 1;
            BuildMap = 38, "(k_1 v_1..k_n v_n -- dict)", Count, |a| 2 * a, |_a| 1;
            BuildString = 39, "(s_1..s_n -- str) concatenates n strings", Count, |a| a, |_a| 1;
            ListAppend = 40, "(l ..arg-1 items.. v -- l ..) appends v to the list arg deep", Count, |_a| 1, |_a| 0;
            SetAdd = 41, "(s .. v -- s ..) adds v to the set arg deep", Count, |_a| 1, |_a| 0;
            MapAdd = 42, "(d .. k v -- d ..) d[k] = v for the dict arg deep", Count, |_a| 2, |_a| 0;
            ListExtend = 43, "(l .. it -- l ..) extends the list arg deep", Count, |_a| 1, |_a| 0;
            SetUpdate = 44, "(s .. it -- s ..) updates the set arg deep", Count, |_a| 1, |_a| 0;
            DictUpdate = 45, "(d .. m -- d ..) d.update(m) for the dict arg deep", Count, |_a| 1, |_a| 0;
            DictMerge = 46, "(d .. m -- d ..) like DICT_UPDATE but rejects duplicate keys (calls)", Count, |_a| 1, |_a| 0;
            ListToTuple = 47, "(list -- tuple)", None, |_a| 1, |_a| 1;
            UnpackSequence = 48, "(seq -- x_n..x_1) exactly arg items, last one pushed first", Count, |_a| 1, |a| a;
            UnpackEx = 49, "(seq -- ...) starred unpack: low byte before, next byte after", Flags, |_a| 1, |a| (a & 0xff) + (a >> 8) + 1;
            FormatValue = 50, "(v [spec] -- str) f-string field; arg&3 conversion, arg&4 spec", Flags, |a| 1 + ((a >> 2) & 1), |_a| 1;
            Jump = 51, "( -- ) jumps to arg", Jump, |_a| 0, |_a| 0;
            PopJumpIfFalse = 52, "(v -- ) jumps to arg when v is false", Jump, |_a| 1, |_a| 0;
            PopJumpIfTrue = 53, "(v -- ) jumps to arg when v is true", Jump, |_a| 1, |_a| 0;
            JumpIfFalseOrPop = 54, "(v -- v|) keeps v and jumps when false, else pops", Jump, |_a| 1, |_a| 0;
            JumpIfTrueOrPop = 55, "(v -- v|) keeps v and jumps when true, else pops", Jump, |_a| 1, |_a| 0;
            PopJumpIfNone = 56, "(v -- ) jumps to arg when v is None", Jump, |_a| 1, |_a| 0;
            PopJumpIfNotNone = 57, "(v -- ) jumps to arg when v is not None", Jump, |_a| 1, |_a| 0;
            GetIter = 58, "(o -- iter(o))", None, |_a| 1, |_a| 1;
            ForIter = 59, "(it -- it next) or pops it and jumps to arg when exhausted", Jump, |_a| 1, |_a| 2;
            ReturnValue = 60, "(v -- ) returns v to the caller", None, |_a| 1, |_a| 0;
            ReturnConst = 61, "( -- ) returns consts[arg]", Const, |_a| 0, |_a| 0;
            MakeFunction = 62, "([defaults] [kwdefaults] [annotations] [closure] code -- fn) arg: 1 defaults, 2 kwdefaults, 4 annotations (name, value, ... tuple), 8 closure", Flags, |a| 1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1), |_a| 1;
            Call = 63, "(f x_1..x_n -- r) positional call", Count, |a| a + 1, |_a| 1;
            CallKw = 64, "(f x_1..x_n names -- r) the last len(names) args are keywords", Count, |a| a + 2, |_a| 1;
            CallMethod = 65, "(meth self|null x_1..x_n -- r) call after LOAD_METHOD", Count, |a| a + 2, |_a| 1;
            CallFunctionEx = 66, "(f args [kwargs] -- r) arg 1: kwargs present", Flags, |a| 2 + (a & 1), |_a| 1;
            LoadBuildClass = 67, "( -- __build_class__)", None, |_a| 0, |_a| 1;
            ImportName = 68, "(level fromlist -- module) __import__(names[arg])", Name, |_a| 2, |_a| 1;
            ImportFrom = 69, "(m -- m v) v = m.names[arg] or the submodule", Name, |_a| 1, |_a| 2;
            ImportStar = 70, "(m -- ) binds m's public names in the locals mapping", None, |_a| 1, |_a| 0;
            RaiseVarargs = 71, "([exc [cause]] -- ) arg 0: re-raise, 1: raise exc, 2: raise exc from cause", Count, |a| a, |_a| 0;
            Reraise = 72, "(exc -- ) re-raises exc without a new traceback entry", None, |_a| 1, |_a| 0;
            PushExcInfo = 73, "(exc -- prev exc) enters an except block", None, |_a| 1, |_a| 2;
            PopExcept = 74, "(prev -- ) leaves an except block, restoring prev", None, |_a| 1, |_a| 0;
            CheckExcMatch = 75, "(exc type -- exc bool)", None, |_a| 2, |_a| 2;
            LoadAssertionError = 76, "( -- AssertionError)", None, |_a| 0, |_a| 1;
            BeforeWith = 77, "(cm -- exit enter_result)", None, |_a| 1, |_a| 2;
            WithExceptStart = 78, "(exit prev exc -- exit prev exc r) calls exit(type, exc, tb)", None, |_a| 3, |_a| 4;
            YieldValue = 79, "(v -- sent) suspends the generator yielding v", None, |_a| 1, |_a| 1;
            GetYieldFromIter = 80, "(o -- it) iter(o) unless o is a generator", None, |_a| 1, |_a| 1;
            Send = 81, "(it v -- it r) r = it.send(v); on return pops it, pushes value, jumps", Jump, |_a| 2, |_a| 2;
            SetupAnnotations = 82, "( -- ) creates __annotations__ in the locals mapping", None, |_a| 0, |_a| 0;
            LoadLocals = 83, "( -- mapping) pushes the locals mapping", None, |_a| 0, |_a| 1;
            LoadFastAndClear = 84, "( -- v|NULL) pushes local arg (NULL if unbound) and unbinds it: saves a name an inlined comprehension reuses", Local, |_a| 0, |_a| 1;
            GetAwaitable = 90, "(o -- it) the iterator `await o` drives; arg 0 await, 1 after __aenter__, 2 after __aexit__ (for the error message)", Flags, |_a| 1, |_a| 1;
            AsyncGenWrap = 91, "(v -- w) marks a value an async generator yields (as opposed to one an await inside it passes up)", None, |_a| 1, |_a| 1;
            BeforeAsyncWith = 92, "(cm -- aexit r) r = cm.__aenter__(), still to be awaited", None, |_a| 1, |_a| 2;
            GetAiter = 93, "(o -- ait) type(o).__aiter__(o)", None, |_a| 1, |_a| 1;
            GetAnext = 94, "(ait -- ait aw) the awaitable of ait.__anext__()", None, |_a| 1, |_a| 2;
            EndAsyncFor = 95, "(ait exc -- ) handler ending `async for`: StopAsyncIteration ends the loop, anything else is re-raised", None, |_a| 2, |_a| 0;
            AsyncWithExceptStart = 96, "(exit prev exc -- exit prev exc r) r = exit(type, exc, tb), still to be awaited", None, |_a| 3, |_a| 4;
            CheckEgMatch = 97, "(rest types -- rest match) splits an exception (group) for an except* clause; match is None or a group, and becomes the handled exception", None, |_a| 2, |_a| 2;
            PrepReraiseStar = 98, "(orig raised -- exc) what an except* statement re-raises (None for nothing)", None, |_a| 2, |_a| 1;
            MatchClass = 100, "(subject cls names -- attrs|None) class pattern with arg positional sub-patterns: None unless subject is an instance of cls, else the tuple of attributes named by cls.__match_args__[:arg] then by the tuple names", Count, |_a| 3, |_a| 1;
            MatchMapping = 101, "(subject -- subject bool) whether subject is a mapping for a mapping pattern (dict or a subclass)", None, |_a| 1, |_a| 2;
            MatchSequence = 102, "(subject -- subject bool) whether subject is a sequence for a sequence pattern (list, tuple, range or a subclass; not str, bytes or dict)", None, |_a| 1, |_a| 2;
            MatchKeys = 103, "(subject keys -- subject keys values|None) subject.get(k, sentinel) for each key of the tuple keys; None if one is missing", None, |_a| 2, |_a| 3;
            GetLen = 104, "(o -- o len(o))", None, |_a| 1, |_a| 2;
            CallIntrinsic1 = 110, "(v -- r) PEP 695 runtime objects: arg 1 TypeVar(v), 2 ParamSpec(v), 3 TypeVarTuple(v), 4 Generic[*v], 5 TypeAliasType from (name, params, fn)", Flags, |_a| 1, |_a| 1;
            CallIntrinsic2 = 111, "(a b -- r) arg 1 TypeVar a with bound function b, 2 with constraints function b", Flags, |_a| 2, |_a| 1;
        }
    };
}

macro_rules! define_opcodes {
    ($($name:ident = $byte:expr, $doc:expr, $kind:ident, $pops:expr, $pushes:expr;)*) => {
        /// Every instruction Taipan's VM executes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode { $(#[doc = $doc] $name = $byte,)* }

        impl Opcode {
            /// All opcodes in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// Decodes a byte; `None` for bytes outside the table (a corrupt .pyc).
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Opcode> {
                match b { $($byte => Some(Opcode::$name),)* _ => None }
            }

            /// The CPython-style SCREAMING_CASE name that `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => screaming(stringify!($name)),)* }
            }

            pub fn doc(self) -> &'static str {
                match self { $(Opcode::$name => $doc,)* }
            }

            pub const fn operand(self) -> OperandKind {
                match self { $(Opcode::$name => OperandKind::$kind,)* }
            }

            /// (pops, pushes) for operand `arg` on the fall-through path.
            #[allow(clippy::redundant_closure_call)]
            pub fn stack_effect(self, arg: u32) -> (u32, u32) {
                match self { $(Opcode::$name => { let p: fn(u32) -> u32 = $pops; let q: fn(u32) -> u32 = $pushes; (p(arg), q(arg)) })* }
            }
        }
    };
}

for_each_opcode!(define_opcodes);

/// CamelCase → SCREAMING_CASE, computed once per variant name and cached.
fn screaming(camel: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<&'static str, &'static str>>> = OnceLock::new();
    let map = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    // The lock cannot be poisoned: nothing panics while holding it.
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(camel).or_insert_with(|| {
        let mut out = String::new();
        for (i, c) in camel.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_uppercase());
        }
        Box::leak(out.into_boxed_str())
    })
}

/// A hash of the table's bytes, names and operand kinds; `pyc::tests` ties it to MAGIC.
pub fn table_fingerprint() -> u64 {
    // FNV-1a: stable across platforms and Rust versions, unlike std's hasher.
    let mut h: u64 = 0xcbf29ce484222325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x100000001b3);
        }
    };
    for op in Opcode::ALL {
        feed(&[*op as u8]);
        feed(op.name().as_bytes());
        feed(format!("{:?}", op.operand()).as_bytes());
        // Stack effects too: a cache written when an instruction popped less must not be
        // trusted (operands 0..16 cover every flag combination).
        for arg in 0..16 {
            let (pops, pushes) = op.stack_effect(arg);
            feed(&pops.to_le_bytes());
            feed(&pushes.to_le_bytes());
        }
    }
    h
}

/// Binary operator numbers (BINARY_OP operand), in CPython's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::Lshift,
        BinOp::MatrixMultiply,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::Rshift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];
    /// In-place variants are encoded as `op + INPLACE`.
    pub const INPLACE: u32 = 13;

    pub fn from_arg(arg: u32) -> Option<(BinOp, bool)> {
        let inplace = arg >= Self::INPLACE;
        let idx = if inplace { arg - Self::INPLACE } else { arg };
        Self::ALL.get(idx as usize).map(|op| (*op, inplace))
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::Lshift => "<<",
            BinOp::MatrixMultiply => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::Rshift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }

    /// (`__add__`, `__radd__`, `__iadd__`) and so on: static, so dispatch allocates nothing.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison numbers (COMPARE_OP operand), in CPython's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_arg(arg: u32) -> Option<CmpOp> {
        Some(match arg {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => return None,
        })
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// The reflected operator, used when the right operand's method is tried.
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
}

/// Encodes one instruction word.
#[inline]
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24));
    (op as u32) | (arg << 8)
}

/// Splits an instruction word into its opcode byte and operand.
#[inline(always)]
pub fn decode(word: u32) -> (u8, u32) {
    ((word & 0xff) as u8, word >> 8)
}

pub const MAX_OPERAND: u32 = (1 << 24) - 1;
