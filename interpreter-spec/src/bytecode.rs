//! Bytecode: the output of the compiler (stage 3) and input of the VM
//! (stage 4).
//!
//! Invariants:
//! - A `CodeObject` is immutable once the compiler finishes it.  `ops[i]`
//!   has source location `locs[i]` (same length).
//! - Jump targets are absolute indices into `ops`, always `<= ops.len()`,
//!   and every code object ends with `Return`.
//! - Stack discipline: each op's effect on the value stack is fixed (given
//!   its arguments), so the stack depth at any pc is static -- the property
//!   a tracing JIT relies on.
//! - `LoadFast`/`StoreFast` index `local_names`; the first `argcount`
//!   locals are the parameters.  `LoadGlobal`/`StoreGlobal` index the
//!   program-wide `Program::global_names`; `LoadAttr`/`LoadMethod`/
//!   `CallMethod` index the code object's own `names`.

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::name_index::NameIndex;

#[derive(Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// Decimal digits of an int outside the i64 range.
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Imag(f64),
    Ellipsis,
}

/// Added to `BuildClass`'s base count when a dict of class keyword
/// arguments sits between the bases and the body function.
pub const CLASS_KWARGS: usize = 1 << 20;

#[derive(Clone, Copy)]
pub enum Op {
    LoadConst(usize),
    LoadFast(usize),
    StoreFast(usize),
    DeleteFast(usize),
    LoadGlobal(usize),
    StoreGlobal(usize),
    DeleteGlobal(usize),
    /// Cell variables (captured by inner functions) and free variables
    /// (captured from outer functions): the local slot holds a cell.
    LoadDeref(usize),
    StoreDeref(usize),
    DeleteDeref(usize),
    /// Pushes the cell object in a slot itself (to build a closure).
    LoadClosure(usize),
    /// Puts a fresh empty cell in a slot.
    MakeCell(usize),
    /// Class-body names: the namespace of the class being built, then
    /// globals, then builtins (index into `names`).
    /// (index into `names`, index into the program's global names)
    LoadName(usize, usize),
    StoreName(usize),
    DeleteName(usize),
    /// obj -> obj.name
    LoadAttr(usize),
    /// obj -> x y: for a method of a builtin type x = obj and y is the
    /// METHOD mark; for a Python method x = function, y = self; otherwise
    /// x = the attribute and y is the NOSELF mark.
    LoadMethod(usize),
    /// x y arg1..argN -> result; (name, argc, kw) where kw is 0 for no
    /// keywords, else 1 + index into `kwnames` (the last
    /// `kwnames[kw-1].len()` arguments are keyword values).
    CallMethod(usize, usize, usize),
    /// value obj -> (obj.name = value)
    StoreAttr(usize),
    /// obj -> (del obj.name)
    DeleteAttr(usize),
    /// a b -> a op b.  The flag marks the in-place form (`+=`), which only
    /// changes error messages (and list `+=` semantics).
    Binary(BinOp, bool),
    Unary(UnaryOp),
    Compare(CmpOp),
    Pop,
    Dup,
    /// a b -> a b a b
    Dup2,
    /// a b -> b a
    Rot2,
    /// a b c -> c a b
    Rot3,
    Jump(usize),
    PopJumpIfFalse(usize),
    PopJumpIfTrue(usize),
    JumpIfFalseOrPop(usize),
    JumpIfTrueOrPop(usize),
    /// iterable -> iterator
    GetIter,
    /// iterator -> iterator; marks a generator as owned by the loop that
    /// iterates it (its iterable was a call), so it is closed, running
    /// its `finally` blocks, when the loop is left early -- what
    /// CPython's reference counting does.
    OwnIter,
    /// iterator -> ; a loop left by `break`/`return` (closes an owned
    /// generator).
    PopIter,
    /// iterator -> iterator next, or pops the iterator and jumps when done.
    ForIter(usize),
    /// iterator sent -> iterator yielded, or pops both, pushes the
    /// iterator's return value and jumps when it is done (`yield from`).
    Send(usize),
    /// callee arg1..argN -> result
    Call(usize),
    /// callee args.. kwvalues.. -> result; (total argc, index into kwnames)
    CallKw(usize, usize),
    /// callee argslist [kwargsdict] -> result (calls with `*`/`**`).
    CallEx(bool),
    /// list value -> list (extends the list at stack[len - n] after the
    /// pop with the items of an iterable: `*x` in displays and calls).
    ListExtend(usize),
    /// dict mapping -> dict (`**x` in calls and displays).
    DictMerge(usize),
    /// list -> tuple
    ListToTuple,
    /// list -> set (a set display with starred items)
    ListToSet,
    /// k v -> ; stores into the dict at stack[len - n] after the pops.
    MapAdd(usize),
    /// v -> ; adds to the set at stack[len - n] after the pop.
    SetAdd(usize),
    /// items.. -> set
    BuildSet(usize),
    /// items.. -> set (false) or frozenset (true), laid out the way
    /// CPython lays out a set display of constants (folded into a
    /// frozenset constant by its compiler, then rebuilt when merged).
    BuildConstSet(usize, bool),
    /// seq -> after.. starred_list before.. (CPython's UNPACK_EX)
    UnpackEx(usize, usize),
    /// Pushes a try block: an exception unwinds the value stack to its
    /// depth at this point, pushes (previous handled exception, exception)
    /// and jumps to the handler.
    SetupTry(usize),
    /// Pops the innermost try block (normal exit from the body).
    PopBlock,
    /// Leaves an exception handler: removes (previous, exception) from
    /// the stack (keeping anything above) and restores the handled one.
    PopExcept,
    /// exc -> re-raises exc without adding a traceback entry.
    Reraise,
    /// 0: bare `raise`; 1: exc -> raise; 2: exc cause -> raise from.
    Raise(usize),
    /// exc type -> exc bool (does exc match the except clause's type?)
    CheckExcMatch,
    /// bases.. function -> class: runs the class body function (whose
    /// code is a class body) with the new class as namespace; (nbases,
    /// name const index).
    BuildClass(usize, usize),
    /// value -> (suspends the generator; resumes with the sent value)
    Yield,
    /// `with`: mgr -> exit enter_result, and pushes a try block (depth
    /// just above `exit`) whose handler is the argument.
    SetupWith(usize),
    /// exit -> ; calls exit(None, None, None) (normal end of the body).
    WithExit,
    /// exit prev exc -> exit prev exc swallow: calls exit(type, exc, None).
    WithExceptStart,
    Return,
    BuildList(usize),
    BuildTuple(usize),
    /// k1 v1 .. kN vN -> dict
    BuildDict(usize),
    /// start stop step -> slice
    BuildSlice,
    /// parts.. -> concatenated str
    BuildString(usize),
    /// value -> formatted str; (conversion 's'/'r', const index of spec)
    FormatValue(char, usize),
    /// obj index -> obj[index]
    Subscr,
    /// value obj index -> (obj[index] = value)
    StoreSubscr,
    /// obj index -> (del obj[index])
    DeleteSubscr,
    /// seq -> item_n-1 .. item_0 (item_0 on top)
    UnpackSequence(usize),
    /// defaults.. [kwdefaults dict] [closure tuple] -> function; (code
    /// index, number of defaults, flags: 1 = kwdefaults, 2 = closure)
    MakeFunction(usize, usize, u8),
    /// value -> ; appends value to the list found at stack[len - n] after
    /// the pop (used by list comprehensions).
    ListAppend(usize),
    /// Marks entry/exit of an inlined comprehension so tracebacks can
    /// show the `<listcomp>` frame CPython 3.11 has.  No stack effect.
    /// The flag is the comprehension kind (COMP_*).
    CompEnter(u8),
    CompExit,
    /// -> module: imports the dotted name (const index) with the given
    /// relative level; pushes the named module itself if the flag is
    /// set (`from`, `as`), else the top-level package (`import a.b`).
    ImportName(usize, usize, bool),
    /// module -> module value: `from module import name` (index into
    /// `names`), falling back to importing the submodule.
    ImportFrom(usize),
    /// module -> : `from module import *` into the current globals.
    ImportStar,
    /// value -> raise AssertionError(value) / AssertionError() if None const
    RaiseAssert(bool),
    /// `match` sequence pattern: subject -> items.. True, or -> False.
    /// (number of subpatterns, 1 + index of the star subpattern or 0);
    /// the first item ends on top, a star collects a list (vm_match.rs).
    MatchSeq(usize, usize),
    /// Mapping pattern: subject key1..keyN -> [rest] valueN..value1 True,
    /// or -> False; (N, whether `**rest` is wanted).
    MatchMap(usize, bool),
    /// Class pattern: subject cls -> attrs.. True, or -> False; (number
    /// of positional subpatterns, 1 + index into `kwnames` or 0).  The
    /// first positional attribute ends on top, keywords after them.
    MatchClass(usize, usize),
    /// `except*` (vm_exstar.rs): 0 exc -> exc state; 1 state type ->
    /// state match bool; 2 match -> match, then enters a handler for it
    /// (pushes the previous handled exception and match, as the unwinder
    /// does); 3 state match prev exc -> unchanged (records exc as raised
    /// by a handler); 4 state -> (raises what is left, if anything).
    ExcStar(usize),
    /// Coroutine support (vm_async.rs), by sub-op:
    /// 0 x -> awaitable iterator (`await`); 1 x -> x.__aiter__();
    /// 2 aiter -> aiter awaitable(aiter.__anext__());
    /// 3 aiter prev exc -> (ends `async for` on StopAsyncIteration, else
    /// re-raises); 4 mgr -> exit awaitable(mgr.__aenter__());
    /// 5 (target) exit res -> exit res, pushing the `with` try block;
    /// 6 exit -> awaitable(exit(None, None, None));
    /// 7 exit prev exc -> exit prev exc awaitable(exit(type, exc, None));
    /// 8 v -> v (marks the next yield of an async generator as a value).
    Async(u8, usize),
}

/// Source range of one instruction plus the optional "anchor" CPython uses
/// to draw `~~~^^^~~~` under binary operations and subscripts.
/// `anchor` is 0 (none), 1 (binop: a = left operand end col, b = right
/// operand start col) or 2 (subscript: a = value end col, b = index end col).
#[derive(Clone, Copy)]
pub struct Loc {
    pub line: usize,
    pub col: usize,
    pub end_line: usize,
    pub end_col: usize,
    pub anchor: u8,
    pub a: usize,
    pub b: usize,
}

/// Code object kinds.
pub const CODE_MODULE: u8 = 0;
pub const CODE_FUNCTION: u8 = 1;
pub const CODE_CLASS: u8 = 2;

/// Local slot layout: parameters (positional, keyword-only, *args,
/// **kwargs), other locals, free variables (`nfree`, starting at
/// `free_start`, filled from the function's closure), then hidden
/// comprehension slots.  `cells` lists the slots that hold a cell (a
/// parameter among them is wrapped at entry).
#[derive(Clone)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub kind: u8,
    pub ops: Vec<Op>,
    pub locs: Vec<Loc>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub kwnames: Vec<Vec<String>>,
    pub local_names: Vec<String>,
    /// Number of positional parameters (including positional-only).
    pub argcount: usize,
    pub posonly: usize,
    pub kwonly: usize,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub is_generator: bool,
    /// 0, or 1 for a coroutine (`async def`), 2 for an async generator;
    /// both also have `is_generator`.
    pub async_kind: u8,
    pub cells: Vec<usize>,
    pub free_start: usize,
    pub nfree: usize,
    /// True when a call can simply move `argcount` positional arguments
    /// into the first locals (no cells, closure, varargs, kw-only, or
    /// generator).
    pub simple: bool,
    /// The docstring (a leading string literal of a function body).
    pub doc: Option<String>,
    /// 0, or for a frozen code object whose `ops` and `locs` are still in
    /// the frozen image: 1 + their offset there (frozen_image.rs decodes
    /// them when the first frame for this code is made).
    pub lazy_at: usize,
    /// With `lazy_at`: index into `Program::frozen_maps` (how the image's
    /// module-relative indices map to the program's).
    pub lazy_map: usize,
}

impl CodeObject {
    pub fn new(name: &str) -> CodeObject {
        CodeObject {
            name: name.to_string(),
            qualname: name.to_string(),
            kind: CODE_MODULE,
            ops: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            kwnames: Vec::new(),
            local_names: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            has_varargs: false,
            has_varkw: false,
            is_generator: false,
            async_kind: 0,
            cells: Vec::new(),
            free_start: 0,
            nfree: 0,
            simple: true,
            doc: None,
            lazy_at: 0,
            lazy_map: 0,
        }
    }

    /// Total number of parameter slots.
    pub fn nparams(&self) -> usize {
        let mut n = self.argcount + self.kwonly;
        if self.has_varargs {
            n += 1;
        }
        if self.has_varkw {
            n += 1;
        }
        n
    }
}

/// A whole compiled program: all code objects plus the global name table.
pub struct Program {
    pub codes: Vec<CodeObject>,
    pub main: usize,
    pub global_names: Vec<String>,
    /// Finds a name's index in `global_names`.
    pub global_index: NameIndex,
    /// Per frozen module loaded lazily: (its global names' program-wide
    /// indices, the program index of its first code object).
    pub frozen_maps: Vec<(Vec<usize>, usize)>,
}

impl Program {
    pub fn new() -> Program {
        Program { codes: Vec::new(), main: 0, global_names: Vec::new(), global_index: NameIndex::new(), frozen_maps: Vec::new() }
    }
}
