//! Semantic types of the dialect, before lowering.
//! Invariant: `Param(i)` appears only in signatures and item definitions; a type checked body
//! is always fully concrete once inference finishes (generics are instantiated as templates).

use crate::frontend::DefId;
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    Isize,
    U8,
    U16,
    U32,
    U64,
    Usize,
}

pub const INT_KINDS: [(&str, IntKind); 10] = [
    ("i8", IntKind::I8),
    ("i16", IntKind::I16),
    ("i32", IntKind::I32),
    ("i64", IntKind::I64),
    ("isize", IntKind::Isize),
    ("u8", IntKind::U8),
    ("u16", IntKind::U16),
    ("u32", IntKind::U32),
    ("u64", IntKind::U64),
    ("usize", IntKind::Usize),
];

impl IntKind {
    pub fn from_name(s: &str) -> Option<IntKind> {
        INT_KINDS.iter().find(|(n, _)| *n == s).map(|(_, k)| *k)
    }
    pub fn name(self) -> &'static str {
        INT_KINDS.iter().find(|(_, k)| *k == self).unwrap().0
    }
    pub fn signed(self) -> bool {
        matches!(self, IntKind::I8 | IntKind::I16 | IntKind::I32 | IntKind::I64 | IntKind::Isize)
    }
    /// Width in bits for a target with the given pointer width.
    pub fn bits(self, ptr_bits: u8) -> u8 {
        match self {
            IntKind::I8 | IntKind::U8 => 8,
            IntKind::I16 | IntKind::U16 => 16,
            IntKind::I32 | IntKind::U32 => 32,
            IntKind::I64 | IntKind::U64 => 64,
            IntKind::Isize | IntKind::Usize => ptr_bits,
        }
    }
    pub fn min_max(self, ptr_bits: u8) -> (i128, i128) {
        let b = self.bits(ptr_bits) as u32;
        if self.signed() {
            (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1)
        } else {
            (0, (1i128 << b) - 1)
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Ty {
    Int(IntKind),
    F32,
    F64,
    Bool,
    Char,
    Unit,
    Never,
    /// The unsized `str`; only behind a reference or a Box.
    Str,
    Tuple(Vec<Ty>),
    Array(Box<Ty>, u64),
    Slice(Box<Ty>),
    Ref(Box<Ty>, bool),
    /// Raw pointer, used by the prelude only.
    Ptr(Box<Ty>),
    Box(Box<Ty>),
    Adt(DefId, Vec<Ty>),
    Dyn(DefId),
    Param(u32),
    Var(u32),
    /// `<T as Trait>::Name`, normalised once `T` is known.
    Proj(Box<Ty>, DefId, String),
    /// The type of one closure expression in one function instance (`Program::closures`).
    Closure(u32),
    /// `impl Trait` returned by a function: whatever the body of instance (def, args) returns.
    Opaque(DefId, Vec<Ty>),
    /// `dyn Fn(A, B) -> R` (also `FnMut`, `FnOnce`): unsized, behind a fat pointer whose
    /// vtable holds the closure's function.
    DynFn(Vec<Ty>, Box<Ty>),
}

impl Ty {
    pub fn subst(&self, args: &[Ty]) -> Ty {
        match self {
            Ty::Param(i) => args.get(*i as usize).cloned().unwrap_or(Ty::Param(*i)),
            _ => self.map(&mut |t| t.subst(args)),
        }
    }
    /// Applies `f` to each direct child type.
    pub fn map(&self, f: &mut dyn FnMut(&Ty) -> Ty) -> Ty {
        match self {
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| f(t)).collect()),
            Ty::Array(t, n) => Ty::Array(Box::new(f(t)), *n),
            Ty::Slice(t) => Ty::Slice(Box::new(f(t))),
            Ty::Ref(t, m) => Ty::Ref(Box::new(f(t)), *m),
            Ty::Ptr(t) => Ty::Ptr(Box::new(f(t))),
            Ty::Box(t) => Ty::Box(Box::new(f(t))),
            Ty::Adt(d, ts) => Ty::Adt(*d, ts.iter().map(|t| f(t)).collect()),
            Ty::Proj(t, tr, n) => Ty::Proj(Box::new(f(t)), *tr, n.clone()),
            Ty::Opaque(d, ts) => Ty::Opaque(*d, ts.iter().map(|t| f(t)).collect()),
            Ty::DynFn(ts, r) => Ty::DynFn(ts.iter().map(|t| f(t)).collect(), Box::new(f(r))),
            _ => self.clone(),
        }
    }
    pub fn any(&self, p: &dyn Fn(&Ty) -> bool) -> bool {
        if p(self) {
            return true;
        }
        match self {
            Ty::Tuple(ts) | Ty::Adt(_, ts) | Ty::Opaque(_, ts) => ts.iter().any(|t| t.any(p)),
            Ty::DynFn(ts, r) => ts.iter().any(|t| t.any(p)) || r.any(p),
            Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(t, _) | Ty::Ptr(t) | Ty::Box(t) | Ty::Proj(t, _, _) => {
                t.any(p)
            }
            _ => false,
        }
    }
    pub fn is_primitive_scalar(&self) -> bool {
        matches!(self, Ty::Int(_) | Ty::F32 | Ty::F64 | Ty::Bool | Ty::Char)
    }
    pub fn is_unsized(&self) -> bool {
        matches!(self, Ty::Str | Ty::Slice(_) | Ty::Dyn(_) | Ty::DynFn(..))
    }
    pub fn strip_refs(&self) -> &Ty {
        match self {
            Ty::Ref(t, _) => t.strip_refs(),
            t => t,
        }
    }
}

/// Pretty printing needs the item names; the caller supplies them.
pub struct TyDisplay<'a> {
    pub ty: &'a Ty,
    pub name_of: &'a dyn Fn(DefId) -> String,
}

impl fmt::Display for TyDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sub = |t: &'_ Ty| TyDisplay { ty: t, name_of: self.name_of }.to_string();
        let list = |ts: &[Ty]| ts.iter().map(|t| sub(t)).collect::<Vec<_>>().join(", ");
        match self.ty {
            Ty::Int(k) => write!(f, "{}", k.name()),
            Ty::F32 => write!(f, "f32"),
            Ty::F64 => write!(f, "f64"),
            Ty::Bool => write!(f, "bool"),
            Ty::Char => write!(f, "char"),
            Ty::Unit => write!(f, "()"),
            Ty::Never => write!(f, "!"),
            Ty::Str => write!(f, "str"),
            Ty::Tuple(ts) => write!(f, "({}{})", list(ts), if ts.len() == 1 { "," } else { "" }),
            Ty::Array(t, n) => write!(f, "[{}; {}]", sub(t), n),
            Ty::Slice(t) => write!(f, "[{}]", sub(t)),
            Ty::Ref(t, m) => write!(f, "&{}{}", if *m { "mut " } else { "" }, sub(t)),
            Ty::Ptr(t) => write!(f, "*mut {}", sub(t)),
            Ty::Box(t) => write!(f, "Box<{}>", sub(t)),
            Ty::Adt(d, ts) if ts.is_empty() => write!(f, "{}", (self.name_of)(*d)),
            Ty::Adt(d, ts) => write!(f, "{}<{}>", (self.name_of)(*d), list(ts)),
            Ty::Dyn(d) => write!(f, "dyn {}", (self.name_of)(*d)),
            Ty::Param(i) => write!(f, "T{}", i),
            Ty::Var(_) => write!(f, "_"),
            Ty::Proj(t, tr, n) => write!(f, "<{} as {}>::{}", sub(t), (self.name_of)(*tr), n),
            Ty::Closure(i) => write!(f, "{{closure#{}}}", i),
            Ty::DynFn(ts, r) if **r == Ty::Unit => write!(f, "dyn Fn({})", list(ts)),
            Ty::DynFn(ts, r) => write!(f, "dyn Fn({}) -> {}", list(ts), sub(r)),
            Ty::Opaque(d, _) => write!(f, "impl Trait (returned by `{}`)", (self.name_of)(*d)),
        }
    }
}
