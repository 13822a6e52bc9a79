//! Lowering of semantic types to low-level types: structs, tagged unions, fat pointers.
//!
//! Invariants:
//! - The word size comes from the target: `usize`/`isize` lower to 32 or 64 bits.
//! - An enum is `{ tag: u32, payload: { v0: {..}, v1: {..} } }`, tagged by discriminant; the
//!   payload is a union unless the variants are small together. A variant without data is a
//!   unit member, which takes no room. A struct is the enum's single variant, without a tag.
//! - A pointer to an unsized value is fat: `{ ptr, len }` for `str` and slices (the same
//!   struct for `str` and `[u8]`), `{ data, vtable }` for `dyn Trait`.

use crate::sema::check::normalize_type;
use crate::sema::items::Program;
use crate::sema::ty::Ty;
use pyrite_ir::{LType, StructDef, StructId, StructKind};
use std::collections::HashMap;

/// Enums whose variants' payloads add up to at most this many bytes keep them side by side.
const SMALL_ENUM_PAYLOAD: u64 = 16;

pub struct Layouts {
    pub structs: Vec<StructDef>,
    memo: HashMap<Ty, LType>,
    fat_slices: HashMap<LType, StructId>,
    dyn_ptr: Option<StructId>,
    pub ptr_bits: u8,
    /// Enum struct -> the tag of each payload member, in member order.
    pub enum_tags: HashMap<StructId, Vec<u32>>,
}

impl Layouts {
    pub fn new(ptr_bits: u8) -> Layouts {
        Layouts { structs: vec![], memo: HashMap::new(), fat_slices: HashMap::new(), dyn_ptr: None, ptr_bits, enum_tags: HashMap::new() }
    }

    pub fn usize(&self) -> LType {
        LType::int(self.ptr_bits, false)
    }

    fn add_struct(&mut self, name: String, kind: StructKind, fields: Vec<(String, LType)>) -> StructId {
        self.structs.push(StructDef { name, kind, fields });
        StructId(self.structs.len() as u32 - 1)
    }

    pub fn fat_slice(&mut self, elem: LType) -> LType {
        if let Some(id) = self.fat_slices.get(&elem) {
            return LType::Struct(*id);
        }
        let name = format!("slice<{}>", elem);
        let id = self.add_struct(name, StructKind::Struct, vec![("ptr".into(), LType::ptr(elem.clone())), ("len".into(), self.usize())]);
        self.fat_slices.insert(elem, id);
        LType::Struct(id)
    }

    pub fn dyn_ptr(&mut self) -> LType {
        if let Some(id) = self.dyn_ptr {
            return LType::Struct(id);
        }
        let id = self.add_struct("dyn".into(), StructKind::Struct, vec![("data".into(), LType::void_ptr()), ("vtable".into(), LType::void_ptr())]);
        self.dyn_ptr = Some(id);
        LType::Struct(id)
    }

    pub fn pointer_to(&mut self, p: &Program, t: &Ty) -> LType {
        match t {
            Ty::Str => self.fat_slice(LType::int(8, false)),
            Ty::Slice(e) => {
                let el = self.lty(p, e);
                self.fat_slice(el)
            }
            Ty::Dyn(_) | Ty::DynFn(..) => self.dyn_ptr(),
            other => LType::ptr(self.lty(p, other)),
        }
    }

    /// An estimate of a type's size in bytes (no padding), enough to choose a layout.
    pub fn size_estimate(&self, t: &LType) -> u64 {
        match t {
            LType::Unit => 0,
            LType::Bool => 1,
            LType::Int { bits, .. } => *bits as u64 / 8,
            LType::F32 => 4,
            LType::F64 => 8,
            LType::Ptr(_) | LType::FnPtr(_) => self.ptr_bits as u64 / 8,
            LType::Array(e, n) => self.size_estimate(e).saturating_mul(*n),
            LType::Struct(id) => {
                let s = &self.structs[id.0 as usize];
                let sizes = s.fields.iter().map(|(_, f)| self.size_estimate(f));
                match s.kind {
                    StructKind::Struct => sizes.sum(),
                    StructKind::Union => sizes.max().unwrap_or(0),
                }
            }
        }
    }

    pub fn lty(&mut self, p: &Program, t: &Ty) -> LType {
        if let Some(l) = self.memo.get(t) {
            return l.clone();
        }
        let l = match t {
            Ty::Int(k) => LType::int(k.bits(self.ptr_bits), k.signed()),
            Ty::F32 => LType::F32,
            Ty::F64 => LType::F64,
            Ty::Bool => LType::Bool,
            Ty::Char => LType::int(32, false),
            Ty::Unit | Ty::Never => LType::Unit,
            Ty::Ref(x, _) | Ty::Ptr(x) | Ty::Box(x) => self.pointer_to(p, x),
            Ty::Array(e, n) => LType::Array(Box::new(self.lty(p, e)), *n),
            Ty::Tuple(ts) => {
                let id = self.add_struct(p.ty_str(t), StructKind::Struct, vec![]);
                self.memo.insert(t.clone(), LType::Struct(id));
                let fields = ts.iter().enumerate().map(|(i, x)| (format!("{}", i), self.lty(p, x))).collect();
                self.structs[id.0 as usize].fields = fields;
                return LType::Struct(id);
            }
            Ty::Adt(d, args) => {
                let id = self.add_struct(p.ty_str(t), StructKind::Struct, vec![]);
                self.memo.insert(t.clone(), LType::Struct(id));
                let info = p.krate.adt(*d);
                let variants = p.fields(*d).unwrap_or_default();
                if !info.is_enum {
                    let fields = variants[0]
                        .iter()
                        .zip(&info.variants[0].fields)
                        .map(|(ft, (n, _))| (n.clone(), self.lty(p, &normalize_type(p, &ft.subst(args)))))
                        .collect();
                    self.structs[id.0 as usize].fields = fields;
                } else {
                    let mut members = vec![];
                    for (vi, (vf, v)) in variants.iter().zip(&info.variants).enumerate() {
                        let fields: Vec<(String, LType)> = vf.iter().zip(&v.fields).map(|(ft, (n, _))| (n.clone(), self.lty(p, &normalize_type(p, &ft.subst(args))))).collect();
                        if fields.is_empty() {
                            // A variant without data takes no room in the payload.
                            members.push((format!("v{}", vi), LType::Unit));
                            continue;
                        }
                        let vid = self.add_struct(format!("{}::{}", p.ty_str(t), v.name), StructKind::Struct, fields);
                        members.push((format!("v{}", vi), LType::Struct(vid)));
                    }
                    // Small payloads sit side by side, which lets the C compiler keep enum
                    // values in registers; large ones overlap in a union to save memory.
                    let total: u64 = members.iter().map(|(_, t)| self.size_estimate(t)).sum();
                    let kind = if total <= SMALL_ENUM_PAYLOAD { StructKind::Struct } else { StructKind::Union };
                    let uid = self.add_struct(format!("{}::payload", p.ty_str(t)), kind, members);
                    let tags = info.variants.iter().map(|v| (v.discr & 0xffff_ffff) as u32).collect();
                    self.enum_tags.insert(id, tags);
                    self.structs[id.0 as usize].fields = vec![("tag".into(), LType::int(32, false)), ("payload".into(), LType::Struct(uid))];
                }
                return LType::Struct(id);
            }
            Ty::Closure(i) => {
                let id = self.add_struct(format!("closure{}", i), StructKind::Struct, vec![]);
                self.memo.insert(t.clone(), LType::Struct(id));
                let info = p.closure(*i);
                let fields = info.field_tys().iter().enumerate().map(|(k, x)| (format!("c{}", k), self.lty(p, x))).collect();
                self.structs[id.0 as usize].fields = fields;
                return LType::Struct(id);
            }
            Ty::Str | Ty::Slice(_) | Ty::Dyn(_) | Ty::DynFn(..) => LType::Unit,
            Ty::Param(_) | Ty::Var(_) | Ty::Proj(..) | Ty::Opaque(..) => LType::Unit,
        };
        self.memo.insert(t.clone(), l.clone());
        l
    }
}
