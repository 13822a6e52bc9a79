//! Memory layout of IR types, computed the way a C compiler lays out the structs the C
//! backend would declare for them.
//!
//! Invariants:
//! - Layout follows the C ABI of the targets we support (natural alignment: an integer,
//!   float or pointer of `n` bytes is `n`-aligned; a struct's fields come in order, each at
//!   the next multiple of its alignment, and the size is rounded up to the largest
//!   alignment; a union's fields all start at 0).
//! - It mirrors the C backend's declarations exactly, so a struct shared with C code has
//!   the same offsets under both backends: `Unit` fields take no space (the C backend emits
//!   no member for them, and their address is the struct's own); a struct or union without
//!   non-unit fields, an array of units and an empty array are one byte
//!   (`char pyrc_empty`); `Bool` is one byte; arrays are `n` consecutive elements.
//! - `Unit` itself has size 0; a stack slot or heap block of `Unit` gets one byte, as in C.

use pyrite_ir::{LType, Module, StructKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

pub struct Layouts<'m> {
    m: &'m Module,
    ptr_bytes: u64,
    /// Per struct: its layout and the offset of each field (unit fields: 0).
    structs: Vec<Option<(Layout, Vec<u64>)>>,
}

fn round_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a) * a
}

impl<'m> Layouts<'m> {
    pub fn new(m: &'m Module, ptr_bytes: u64) -> Layouts<'m> {
        Layouts { m, ptr_bytes, structs: vec![None; m.structs.len()] }
    }

    pub fn of(&mut self, t: &LType) -> Layout {
        match t {
            LType::Unit => Layout { size: 0, align: 1 },
            LType::Bool => Layout { size: 1, align: 1 },
            LType::Int { bits, .. } => {
                let b = (*bits as u64).div_ceil(8).max(1);
                Layout { size: b, align: b }
            }
            LType::F32 => Layout { size: 4, align: 4 },
            LType::F64 => Layout { size: 8, align: 8 },
            LType::Ptr(_) | LType::FnPtr(_) => Layout { size: self.ptr_bytes, align: self.ptr_bytes },
            LType::Struct(id) => self.strukt(id.0 as usize).0,
            LType::Array(e, n) => {
                if e.is_unit() || *n == 0 {
                    return Layout { size: 1, align: 1 };
                }
                let el = self.of(e);
                Layout { size: el.size * n, align: el.align }
            }
        }
    }

    /// Size of one element of `t` in a heap block or behind a pointer (`sizeof`), with
    /// `Unit` counted as one byte, as the C backend's `Malloc` of `Unit` does.
    pub fn size(&mut self, t: &LType) -> u64 {
        self.of(t).size
    }

    /// Byte offset of field `k` of struct `id`.
    pub fn field_offset(&mut self, id: pyrite_ir::StructId, k: u32) -> u64 {
        self.strukt(id.0 as usize).1[k as usize]
    }

    fn strukt(&mut self, i: usize) -> (Layout, Vec<u64>) {
        if let Some(l) = &self.structs[i] {
            return l.clone();
        }
        let m = self.m;
        let sd = &m.structs[i];
        let mut offsets = Vec::with_capacity(sd.fields.len());
        let (mut size, mut align, mut any) = (0u64, 1u64, false);
        for (_, ft) in &sd.fields {
            if ft.is_unit() {
                offsets.push(0);
                continue;
            }
            any = true;
            let l = self.of(ft);
            align = align.max(l.align);
            match sd.kind {
                StructKind::Struct => {
                    let off = round_up(size, l.align);
                    offsets.push(off);
                    size = off + l.size;
                }
                StructKind::Union => {
                    offsets.push(0);
                    size = size.max(l.size);
                }
            }
        }
        let lay = if any { Layout { size: round_up(size, align), align } } else { Layout { size: 1, align: 1 } };
        self.structs[i] = Some((lay, offsets.clone()));
        (lay, offsets)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyrite_ir::{StructDef, StructId};

    fn module(structs: Vec<(StructKind, Vec<LType>)>) -> Module {
        let mut m = Module::default();
        for (i, (kind, fields)) in structs.into_iter().enumerate() {
            let fields = fields.into_iter().enumerate().map(|(k, t)| (format!("f{}", k), t)).collect();
            m.structs.push(StructDef { name: format!("S{}", i), kind, fields });
        }
        m
    }

    #[test]
    fn c_struct_rules() {
        let u8t = LType::int(8, false);
        let m = module(vec![
            // { u8, i64, u16 } -> offsets 0, 8, 16; size 24, align 8
            (StructKind::Struct, vec![u8t.clone(), LType::int(64, true), LType::int(16, false)]),
            // { u8, (), u32 }: unit fields take no space and sit at offset 0
            (StructKind::Struct, vec![u8t.clone(), LType::Unit, LType::int(32, false)]),
            // union { u8, f64, [u8; 3] } -> size 8, align 8
            (StructKind::Union, vec![u8t.clone(), LType::F64, LType::Array(Box::new(u8t.clone()), 3)]),
            // no non-unit fields: one byte, like `char pyrc_empty`
            (StructKind::Struct, vec![LType::Unit]),
            // { S0, bool } -> 24 + 1 rounded to 32
            (StructKind::Struct, vec![LType::Struct(StructId(0)), LType::Bool]),
        ]);
        let mut l = Layouts::new(&m, 8);
        assert_eq!(l.of(&LType::Struct(StructId(0))), Layout { size: 24, align: 8 });
        assert_eq!((0..3).map(|k| l.field_offset(StructId(0), k)).collect::<Vec<_>>(), vec![0, 8, 16]);
        assert_eq!(l.of(&LType::Struct(StructId(1))), Layout { size: 8, align: 4 });
        assert_eq!((0..3).map(|k| l.field_offset(StructId(1), k)).collect::<Vec<_>>(), vec![0, 0, 4]);
        assert_eq!(l.of(&LType::Struct(StructId(2))), Layout { size: 8, align: 8 });
        assert_eq!(l.of(&LType::Struct(StructId(3))), Layout { size: 1, align: 1 });
        assert_eq!(l.of(&LType::Struct(StructId(4))), Layout { size: 32, align: 8 });
        assert_eq!(l.field_offset(StructId(4), 1), 24);
        assert_eq!(l.of(&LType::Array(Box::new(LType::Struct(StructId(0))), 3)), Layout { size: 72, align: 8 });
        assert_eq!(l.of(&LType::Array(Box::new(u8t), 0)), Layout { size: 1, align: 1 });
        assert_eq!(l.of(&LType::void_ptr()), Layout { size: 8, align: 8 });
    }
}
