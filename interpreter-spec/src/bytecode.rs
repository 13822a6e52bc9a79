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

#[derive(Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
}

#[derive(Clone)]
pub enum Op {
    LoadConst(usize),
    LoadFast(usize),
    StoreFast(usize),
    DeleteFast(usize),
    LoadGlobal(usize),
    StoreGlobal(usize),
    DeleteGlobal(usize),
    /// obj -> obj.name (a bound method; Pyrite has no instance attributes).
    LoadAttr(usize),
    /// obj -> obj; raises AttributeError unless obj has method `name`.
    LoadMethod(usize),
    /// obj arg1..argN -> result of obj.name(args); (name, argc, kw) where
    /// kw is 0 for no keywords, else 1 + index into `kwnames` (the last
    /// `kwnames[kw-1].len()` arguments are keyword values).
    CallMethod(usize, usize, usize),
    /// obj -> (raises: Pyrite objects have no settable attributes)
    StoreAttr(usize),
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
    /// iterator -> iterator next, or pops the iterator and jumps when done.
    ForIter(usize),
    /// callee arg1..argN -> result
    Call(usize),
    /// callee args.. kwvalues.. -> result; (total argc, index into kwnames)
    CallKw(usize, usize),
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
    /// defaults.. -> function; (code index, number of defaults)
    MakeFunction(usize, usize),
    /// value -> ; appends value to the list found at stack[len - n] after
    /// the pop (used by list comprehensions).
    ListAppend(usize),
    /// Marks entry/exit of an inlined list comprehension so tracebacks can
    /// show the `<listcomp>` frame CPython 3.11 has.  No stack effect.
    /// The flag is 1 for a generator expression (shown as `<genexpr>`).
    CompEnter(u8),
    CompExit,
    /// value -> raise AssertionError(value) / AssertionError() if None const
    RaiseAssert(bool),
}

/// Source range of one instruction plus the optional "anchor" CPython uses
/// to draw `~~~^^^~~~` under binary operations and subscripts.
/// `anchor` is 0 (none), 1 (binop: a = left operand end col, b = right
/// operand start col) or 2 (subscript: a = value end col, b = index end col).
#[derive(Clone)]
pub struct Loc {
    pub line: usize,
    pub col: usize,
    pub end_line: usize,
    pub end_col: usize,
    pub anchor: u8,
    pub a: usize,
    pub b: usize,
}

#[derive(Clone)]
pub struct CodeObject {
    pub name: String,
    pub ops: Vec<Op>,
    pub locs: Vec<Loc>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub kwnames: Vec<Vec<String>>,
    pub local_names: Vec<String>,
    pub argcount: usize,
}

impl CodeObject {
    pub fn new(name: &str) -> CodeObject {
        CodeObject {
            name: name.to_string(),
            ops: Vec::new(),
            locs: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            kwnames: Vec::new(),
            local_names: Vec::new(),
            argcount: 0,
        }
    }
}

/// A whole compiled program: all code objects plus the global name table.
pub struct Program {
    pub codes: Vec<CodeObject>,
    pub main: usize,
    pub global_names: Vec<String>,
}
