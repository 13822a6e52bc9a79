//! Type information tables, in the shape the translator will generate them.
//!
//! One row per type id, plain data only (no per-type callbacks), so the C backend can emit
//! the table as static arrays. Offsets and sizes are in bytes and exclude the GC header,
//! which belongs to the policy. A GC finds the pointers of an object by index:
//! `ptr_count(tid, length)` and `ptr_offset(tid, length, i)`, with no closure or visitor.

/// Size of a machine word and of a GC pointer in the model.
pub const WORD: usize = 8;

pub type TypeId = usize;

/// The variable-size part of a type: `length` items after the fixed part.
#[derive(Clone, Debug, PartialEq)]
pub struct VarPart {
    /// Offset of the first item from the start of the object body.
    pub items_offset: usize,
    /// Size of one item in bytes.
    pub item_size: usize,
    /// Offset of the length field (a word inside the fixed part).
    pub length_offset: usize,
    /// Offsets of GC pointers inside one item.
    pub item_ptr_offsets: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeInfo {
    pub name: String,
    /// Size of the fixed part of the body in bytes (including the length field).
    pub fixed_size: usize,
    /// Offsets of GC pointers inside the fixed part.
    pub ptr_offsets: Vec<usize>,
    pub var: Option<VarPart>,
}

/// What lies at a given place of an object body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldClass {
    /// Exactly one GC pointer field.
    Pointer,
    /// Non-pointer data (or padding).
    Data,
    /// Exactly the length field of a variable-size object.
    Length,
    /// An access that straddles a pointer or the length field.
    Mixed,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypeTable {
    pub infos: Vec<TypeInfo>,
}

pub fn round_up(n: usize, to: usize) -> usize {
    (n + to - 1) / to * to
}

fn overlaps(a: usize, alen: usize, b: usize, blen: usize) -> bool {
    a < b + blen && b < a + alen
}

impl TypeTable {
    pub fn new() -> TypeTable {
        TypeTable { infos: Vec::new() }
    }

    pub fn add_fixed(&mut self, name: &str, fixed_size: usize, ptr_offsets: Vec<usize>) -> TypeId {
        self.infos.push(TypeInfo { name: name.to_string(), fixed_size, ptr_offsets, var: None });
        self.infos.len() - 1
    }

    /// A variable-size type whose items follow the fixed part (rounded up to a word).
    pub fn add_var(
        &mut self,
        name: &str,
        fixed_size: usize,
        ptr_offsets: Vec<usize>,
        length_offset: usize,
        item_size: usize,
        item_ptr_offsets: Vec<usize>,
    ) -> TypeId {
        let items_offset = round_up(fixed_size, WORD);
        let var = VarPart { items_offset, item_size, length_offset, item_ptr_offsets };
        self.infos.push(TypeInfo { name: name.to_string(), fixed_size, ptr_offsets, var: Some(var) });
        self.infos.len() - 1
    }

    pub fn len(&self) -> usize {
        self.infos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.infos.is_empty()
    }

    pub fn is_valid(&self, tid: TypeId) -> bool {
        tid < self.infos.len()
    }

    pub fn info(&self, tid: TypeId) -> &TypeInfo {
        &self.infos[tid]
    }

    pub fn name(&self, tid: TypeId) -> &str {
        if tid < self.infos.len() {
            self.infos[tid].name.as_str()
        } else {
            "<bad type id>"
        }
    }

    pub fn is_varsize(&self, tid: TypeId) -> bool {
        self.infos[tid].var.is_some()
    }

    pub fn length_offset(&self, tid: TypeId) -> Option<usize> {
        match &self.infos[tid].var {
            Some(v) => Some(v.length_offset),
            None => None,
        }
    }

    /// Body size in bytes: at least one word, rounded up to a word. `None` on overflow.
    pub fn body_size(&self, tid: TypeId, length: usize) -> Option<usize> {
        let info = &self.infos[tid];
        let raw = match &info.var {
            None => info.fixed_size,
            Some(v) => match length.checked_mul(v.item_size) {
                Some(items) => match items.checked_add(v.items_offset + WORD) {
                    Some(n) => n - WORD,
                    None => return None,
                },
                None => return None,
            },
        };
        let n = if raw < WORD { WORD } else { raw };
        Some(round_up(n, WORD))
    }

    /// Number of GC pointer fields in an object of this type and length.
    pub fn ptr_count(&self, tid: TypeId, length: usize) -> usize {
        let info = &self.infos[tid];
        match &info.var {
            None => info.ptr_offsets.len(),
            Some(v) => info.ptr_offsets.len() + length * v.item_ptr_offsets.len(),
        }
    }

    /// Offset of the `i`-th GC pointer field (fixed part first, then item by item).
    pub fn ptr_offset(&self, tid: TypeId, _length: usize, i: usize) -> usize {
        let info = &self.infos[tid];
        let nfixed = info.ptr_offsets.len();
        if i < nfixed {
            return info.ptr_offsets[i];
        }
        match &info.var {
            None => panic!("ptr_offset: index {} out of range for {}", i, info.name),
            Some(v) => {
                let k = i - nfixed;
                let per = v.item_ptr_offsets.len();
                v.items_offset + (k / per) * v.item_size + v.item_ptr_offsets[k % per]
            }
        }
    }

    /// Classify an access of `nbytes` at body offset `ofs`; `None` if outside the body.
    pub fn classify(&self, tid: TypeId, length: usize, ofs: usize, nbytes: usize) -> Option<FieldClass> {
        let size = match self.body_size(tid, length) {
            Some(s) => s,
            None => return None,
        };
        if ofs + nbytes > size {
            return None;
        }
        let info = &self.infos[tid];
        for p in info.ptr_offsets.iter() {
            if overlaps(ofs, nbytes, *p, WORD) {
                return if ofs == *p && nbytes == WORD { Some(FieldClass::Pointer) } else { Some(FieldClass::Mixed) };
            }
        }
        if let Some(v) = &info.var {
            if overlaps(ofs, nbytes, v.length_offset, WORD) {
                return if ofs == v.length_offset && nbytes == WORD { Some(FieldClass::Length) } else { Some(FieldClass::Mixed) };
            }
            if ofs >= v.items_offset && !v.item_ptr_offsets.is_empty() {
                let rel = ofs - v.items_offset;
                let item = rel / v.item_size;
                if item < length {
                    let within = rel % v.item_size;
                    for p in v.item_ptr_offsets.iter() {
                        if overlaps(within, nbytes, *p, WORD) {
                            return if within == *p && nbytes == WORD { Some(FieldClass::Pointer) } else { Some(FieldClass::Mixed) };
                        }
                    }
                }
            }
        }
        Some(FieldClass::Data)
    }

    /// Check the table's own consistency (what the translator promises).
    pub fn validate(&self) -> Result<(), String> {
        for tid in 0..self.infos.len() {
            let info = &self.infos[tid];
            for p in info.ptr_offsets.iter() {
                if *p % WORD != 0 || *p + WORD > info.fixed_size {
                    return Err(format!("type {} ({}): bad pointer offset {}", tid, info.name, p));
                }
            }
            if let Some(v) = &info.var {
                if v.length_offset % WORD != 0 || v.length_offset + WORD > info.fixed_size {
                    return Err(format!("type {} ({}): bad length offset {}", tid, info.name, v.length_offset));
                }
                for p in info.ptr_offsets.iter() {
                    if *p == v.length_offset {
                        return Err(format!("type {} ({}): length field overlaps a pointer", tid, info.name));
                    }
                }
                if v.item_size == 0 {
                    return Err(format!("type {} ({}): zero item size", tid, info.name));
                }
                if !v.item_ptr_offsets.is_empty() && v.item_size % WORD != 0 {
                    return Err(format!("type {} ({}): items with pointers must be word-sized", tid, info.name));
                }
                for p in v.item_ptr_offsets.iter() {
                    if *p % WORD != 0 || *p + WORD > v.item_size {
                        return Err(format!("type {} ({}): bad item pointer offset {}", tid, info.name, p));
                    }
                }
            }
        }
        Ok(())
    }
}
