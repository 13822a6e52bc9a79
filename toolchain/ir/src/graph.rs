//! The flow-graph model: module, function, graph, block, link, operation, value.

use crate::types::*;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

pub type BlockId = NodeIndex<u32>;
pub type LinkId = EdgeIndex<u32>;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Var(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct FuncId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ExternId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct GlobalId(pub u32);
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct SlotId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i128, LType),
    F64(f64),
    Bool(bool),
    Unit,
    Null(LType),
    GlobalAddr(GlobalId),
    FuncAddr(FuncId),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Var(Var),
    Const(Const),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Division and remainder; the builder has already checked the divisor.
    Div,
    Rem,
    And,
    Or,
    Xor,
    /// Shifts; the builder has already masked the amount to the operand width.
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnOp {
    Neg,
    /// Bitwise not on integers, logical not on bools.
    Not,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    Func(FuncId),
    Extern(ExternId),
    Indirect(Value),
}

#[derive(Clone, Debug, PartialEq)]
pub enum OpKind {
    Bin(BinOp, Value, Value),
    Un(UnOp, Value),
    /// Numeric conversion with Rust `as` semantics (float to int saturates).
    Cast(Value, LType),
    /// Reinterpret one pointer type as another.
    PtrCast(Value, LType),
    Copy(Value),
    SlotAddr(SlotId),
    Load(Value),
    Store(Value, Value),
    /// Address of field `index` of the struct the pointer points to.
    FieldAddr(Value, u32),
    /// Address of element `index` after the element the pointer points to.
    ElemAddr(Value, Value),
    Call(Callee, Vec<Value>),
    /// Fresh zeroed heap memory for `count` values of the given type.
    Malloc(LType, Value),
    /// Grows a `Malloc` block from the first count to the second, keeping its contents
    /// (in place when the allocator can).
    Realloc(LType, Value, Value, Value),
    /// Copy `count` values of the pointee type from the second pointer to the first.
    MemCopy(Value, Value, Value),
}

#[derive(Clone, Debug)]
pub struct Op {
    pub result: Option<Var>,
    pub kind: OpKind,
}

/// How a block leaves: RPython's "exit switch". The links leaving the block carry the cases.
#[derive(Clone, Debug, PartialEq)]
pub enum Exit {
    Goto,
    If(Value),
    Switch(Value),
    Return(Value),
    /// Control never gets here (after a call to a `noreturn` extern such as a panic).
    Unreachable,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExitCase {
    Always,
    True,
    False,
    Case(i128),
    Default,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub params: Vec<Var>,
    pub ops: Vec<Op>,
    pub exit: Exit,
}

#[derive(Clone, Debug)]
pub struct Link {
    pub case: ExitCase,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug, Default)]
pub struct Graph {
    pub cfg: StableDiGraph<Block, Link, u32>,
    pub entry: BlockId,
    pub var_types: Vec<LType>,
    pub slots: Vec<LType>,
    /// Slots a collector scans and updates (see `gc`): zeroed and registered on the shadow
    /// stack on entry (or at `gc_late_roots`), until the call returns.
    pub gc_roots: Vec<SlotId>,
    /// Set when the root slots may be registered later than on entry: at the top of a block
    /// that dominates every operation that may collect and runs at most once per call, so
    /// paths that never collect (a `Vec::push` with room) skip the shadow stack. A backend
    /// may ignore it and register on entry.
    pub gc_late_roots: Option<LateRoots>,
    /// Address variables through which stores of references need no write barrier (set by
    /// the GC transform when the policy asks for one): stack-slot addresses and addresses
    /// into objects allocated since the last operation that may collect.
    pub unbarriered: std::collections::HashSet<Var>,
    /// Where backends should put the function's code (from `#[cold]`/`#[inline]`).
    pub placement: Placement,
}

/// Late registration of a function's root slots (`Graph::gc_late_roots`).
#[derive(Clone, Debug)]
pub struct LateRoots {
    pub block: BlockId,
    /// Root slots stored whole on every path to `block`: registered there without zeroing.
    /// The other root slots are untouched on every path to it and are zeroed there.
    pub prefilled: Vec<SlotId>,
}

/// A placement hint for a function's code, from its source attributes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Placement {
    #[default]
    Normal,
    /// `#[cold]`: runs rarely; kept out of line, the paths to it laid out as unlikely.
    Cold,
    /// `#[inline]`: worth inlining into callers.
    Inline,
    /// `#[inline(always)]`: inlined into every caller where possible.
    AlwaysInline,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub sig: Sig,
    pub graph: Graph,
}

#[derive(Clone, Debug)]
pub struct ExternFn {
    pub name: String,
    pub sig: Sig,
    pub noreturn: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GlobalInit {
    Bytes(Vec<u8>),
    Fields(Vec<Const>),
}

#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: LType,
    pub init: GlobalInit,
}

#[derive(Clone, Debug, Default)]
pub struct Module {
    pub structs: Vec<StructDef>,
    pub functions: Vec<Function>,
    pub externs: Vec<ExternFn>,
    pub globals: Vec<Global>,
    pub entry: Option<FuncId>,
    /// Set by the GC transform; `None` under `--gc=none`.
    pub gc: Option<crate::gc::GcInfo>,
}

impl Graph {
    pub fn new() -> Graph {
        let mut g = Graph::default();
        g.entry = g.add_block();
        g
    }
    pub fn add_block(&mut self) -> BlockId {
        self.cfg.add_node(Block { params: vec![], ops: vec![], exit: Exit::Unreachable })
    }
    pub fn new_var(&mut self, ty: LType) -> Var {
        self.var_types.push(ty);
        Var(self.var_types.len() as u32 - 1)
    }
    pub fn var_type(&self, v: Var) -> &LType {
        &self.var_types[v.0 as usize]
    }
    pub fn add_link(&mut self, from: BlockId, to: BlockId, case: ExitCase, args: Vec<Value>) {
        self.cfg.add_edge(from, to, Link { case, args });
    }
    /// Links leaving `b`, in insertion order.
    pub fn exits(&self, b: BlockId) -> Vec<(LinkId, BlockId, &Link)> {
        let mut v: Vec<_> = self
            .cfg
            .edges_directed(b, Direction::Outgoing)
            .map(|e| (e.id(), e.target(), e.weight()))
            .collect();
        v.sort_by_key(|(id, _, _)| id.index());
        v
    }
    /// Blocks in a stable order: the entry first, then by index.
    pub fn block_order(&self) -> Vec<BlockId> {
        let mut v: Vec<BlockId> = self.cfg.node_indices().collect();
        v.sort_by_key(|b| (*b != self.entry, b.index()));
        v
    }
    pub fn value_type(&self, v: &Value, m: &Module) -> LType {
        match v {
            Value::Var(x) => self.var_type(*x).clone(),
            Value::Const(c) => m.const_type(c),
        }
    }
}

impl Module {
    pub fn const_type(&self, c: &Const) -> LType {
        match c {
            Const::Int(_, t) => t.clone(),
            Const::F64(_) => LType::F64,
            Const::Bool(_) => LType::Bool,
            Const::Unit => LType::Unit,
            Const::Null(t) => t.clone(),
            Const::GlobalAddr(g) => LType::ptr(self.globals[g.0 as usize].ty.clone()),
            Const::FuncAddr(f) => LType::FnPtr(Box::new(self.functions[f.0 as usize].sig.clone())),
        }
    }
    pub fn callee_sig(&self, c: &Callee, g: &Graph) -> Option<Sig> {
        match c {
            Callee::Func(f) => Some(self.functions[f.0 as usize].sig.clone()),
            Callee::Extern(e) => Some(self.externs[e.0 as usize].sig.clone()),
            Callee::Indirect(v) => match g.value_type(v, self) {
                LType::FnPtr(s) => Some(*s),
                _ => None,
            },
        }
    }
    pub fn struct_def(&self, id: StructId) -> &StructDef {
        &self.structs[id.0 as usize]
    }
}

impl OpKind {
    /// Every value the operation reads.
    pub fn operands(&self) -> Vec<&Value> {
        match self {
            OpKind::Bin(_, a, b) | OpKind::Store(a, b) | OpKind::ElemAddr(a, b) => vec![a, b],
            OpKind::Un(_, a)
            | OpKind::Cast(a, _)
            | OpKind::PtrCast(a, _)
            | OpKind::Copy(a)
            | OpKind::Load(a)
            | OpKind::FieldAddr(a, _)
            | OpKind::Malloc(_, a) => vec![a],
            OpKind::SlotAddr(_) => vec![],
            OpKind::MemCopy(a, b, c) | OpKind::Realloc(_, a, b, c) => vec![a, b, c],
            OpKind::Call(callee, args) => {
                let mut v: Vec<&Value> = args.iter().collect();
                if let Callee::Indirect(f) = callee {
                    v.push(f);
                }
                v
            }
        }
    }
    pub fn operands_mut(&mut self) -> Vec<&mut Value> {
        match self {
            OpKind::Bin(_, a, b) | OpKind::Store(a, b) | OpKind::ElemAddr(a, b) => vec![a, b],
            OpKind::Un(_, a)
            | OpKind::Cast(a, _)
            | OpKind::PtrCast(a, _)
            | OpKind::Copy(a)
            | OpKind::Load(a)
            | OpKind::FieldAddr(a, _)
            | OpKind::Malloc(_, a) => vec![a],
            OpKind::SlotAddr(_) => vec![],
            OpKind::MemCopy(a, b, c) | OpKind::Realloc(_, a, b, c) => vec![a, b, c],
            OpKind::Call(callee, args) => {
                let mut v: Vec<&mut Value> = args.iter_mut().collect();
                if let Callee::Indirect(f) = callee {
                    v.push(f);
                }
                v
            }
        }
    }
}
