//! The frozen code image: the compiled code objects of every frozen
//! module (interpreter-spec/lib/), serialized at build time by
//! `pyrite --write-frozen-image` (interpreter-spec/freeze.sh) and embedded
//! with `include_bytes!`.  Importing a frozen module decodes its code
//! objects in one forward pass instead of tokenizing, parsing and
//! compiling its source, except their instructions and locations (most of
//! the bytes): those stay in the image, skipped by their size, until a
//! frame for that code object is first made (`materialize`).  So the image
//! is unmarshalled, partly on demand, not used in place.
//!
//! Format (all integers LEB128 varints, strings a length then UTF-8):
//!   magic `PYRFROZ2`, module count, then per module its name, flags
//!   (1 = package), blob offset (from the end of the directory) and blob
//!   length; then the blobs.  A blob is the module's own global-name
//!   table, its code objects and the index of its module code.
//!
//! Invariants:
//! - Each module is compiled into a fresh `Program`, so the indices stored
//!   in a blob are module-relative: global-name indices index the blob's
//!   table, code indices count from the blob's first code object.  The
//!   reader appends the code objects to the running program and maps both
//!   kinds of index to program-wide ones (`frozen_ops::TAG_*`), so a
//!   decoded module is the same as one compiled in place.
//! - The writer's output depends only on the sources and the compiler;
//!   `python::frozen_image_fresh` (toolchain/tests/corpus.rs) checks
//!   that the committed image equals a fresh one.
//! - `Loc`s are stored as a 0 byte when equal to the previous op's, else
//!   as deltas (`put_loc`); `read_ops` reproduces every field exactly.
//! - A code object with `lazy_at != 0` has empty `ops`/`locs`; everything
//!   that reads them goes through a frame, and `Vm::new_frame` decodes
//!   them first (and the VM its constant values and symbols).  Its other
//!   fields are always decoded.

use crate::bytecode::{CodeObject, Const, Loc, Op, Program};
use crate::frozen_ops::{op_fields, op_from, ARITY, NTAGS, TAG_DELETE_GLOBAL, TAG_LOAD_GLOBAL, TAG_LOAD_NAME, TAG_MAKE_FUNCTION, TAG_STORE_GLOBAL};

pub const MAGIC: &str = "PYRFROZ2";
pub const REGENERATE: &str = "interpreter-spec/freeze.sh";

/// A bad image: it was written by another version of the format.
pub fn corrupt(what: &str) -> ! {
    eprintln!("pyrite: the frozen module image is corrupt or stale ({}); regenerate it with {}", what, REGENERATE);
    std::process::exit(70);
}

// ---- writing ----

pub fn put_u64(out: &mut Vec<u8>, v: u64) {
    let mut x = v;
    while x >= 128 {
        out.push((x & 127) as u8 | 128);
        x = x >> 7;
    }
    out.push(x as u8);
}

pub fn put(out: &mut Vec<u8>, v: usize) {
    put_u64(out, v as u64);
}

pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

fn put_strs(out: &mut Vec<u8>, v: &Vec<String>) {
    put(out, v.len());
    for s in v.iter() {
        put_str(out, s.as_str());
    }
}

fn put_f64(out: &mut Vec<u8>, f: f64) {
    let bits = f.to_bits();
    for k in 0..8 {
        out.push(((bits >> (8 * k)) & 255) as u8);
    }
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(u: u64) -> i64 {
    ((u >> 1) as i64) ^ (0 - ((u & 1) as i64))
}

fn put_const(out: &mut Vec<u8>, c: &Const) {
    match c {
        Const::None => out.push(0),
        Const::Bool(false) => out.push(1),
        Const::Bool(true) => out.push(2),
        Const::Int(i) => {
            out.push(3);
            put_u64(out, zigzag(*i));
        }
        Const::BigInt(s) => {
            out.push(4);
            put_str(out, s.as_str());
        }
        Const::Float(f) => {
            out.push(5);
            put_f64(out, *f);
        }
        Const::Str(s) => {
            out.push(6);
            put_str(out, s.as_str());
        }
        Const::Bytes(b) => {
            out.push(7);
            put(out, b.len());
            out.extend_from_slice(b.as_slice());
        }
        Const::Imag(f) => {
            out.push(8);
            put_f64(out, *f);
        }
        Const::Ellipsis => out.push(9),
    }
}

fn same_loc(a: &Loc, b: &Loc) -> bool {
    a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col && a.anchor == b.anchor && a.a == b.a && a.b == b.b
}

/// A location: 0 if it equals the previous one, else a header byte (bits
/// 0-1: 1 + anchor; bit 2: ends on its first line; bits 3-7: 1 + the
/// zigzagged line delta if below 31, else 0 and the delta follows), then
/// col, [end line delta], end col, [anchor a, b].
fn put_loc(out: &mut Vec<u8>, l: &Loc, prev: &Loc) {
    if same_loc(l, prev) {
        out.push(0);
        return;
    }
    let dz = zigzag(l.line as i64 - prev.line as i64);
    let mut h = 1 + l.anchor;
    if l.end_line == l.line {
        h |= 4;
    }
    if dz < 31 {
        h |= ((dz + 1) as u8) << 3;
    }
    out.push(h);
    if dz >= 31 {
        put_u64(out, dz);
    }
    put(out, l.col);
    if l.end_line != l.line {
        put_u64(out, zigzag(l.end_line as i64 - l.line as i64));
    }
    put(out, l.end_col);
    if l.anchor != 0 {
        put(out, l.a);
        put(out, l.b);
    }
}

fn no_loc() -> Loc {
    Loc { line: 0, col: 0, end_line: 0, end_col: 0, anchor: 0, a: 0, b: 0 }
}

pub fn put_code(out: &mut Vec<u8>, c: &CodeObject) {
    let same_name = c.qualname == c.name;
    let mut flags = 0u8;
    if c.has_varargs {
        flags |= 1;
    }
    if c.has_varkw {
        flags |= 2;
    }
    if c.is_generator {
        flags |= 4;
    }
    if c.simple {
        flags |= 8;
    }
    if c.doc.is_some() {
        flags |= 16;
    }
    if same_name {
        flags |= 32;
    }
    flags |= c.async_kind << 6;
    out.push(flags);
    put_str(out, c.name.as_str());
    if !same_name {
        put_str(out, c.qualname.as_str());
    }
    out.push(c.kind);
    put(out, c.argcount);
    put(out, c.posonly);
    put(out, c.kwonly);
    put(out, c.free_start);
    put(out, c.nfree);
    if let Some(d) = &c.doc {
        put_str(out, d.as_str());
    }
    put_strs(out, &c.names);
    put_strs(out, &c.local_names);
    put(out, c.kwnames.len());
    for k in c.kwnames.iter() {
        put_strs(out, k);
    }
    put(out, c.cells.len());
    for x in c.cells.iter() {
        put(out, *x);
    }
    put(out, c.consts.len());
    for k in c.consts.iter() {
        put_const(out, k);
    }
    // The instructions and their locations, after their size in bytes
    // (so a reader can leave them for later).
    let mut body = Vec::new();
    put(&mut body, c.ops.len());
    for op in c.ops.iter() {
        let (t, a, b, d) = op_fields(op);
        body.push(t);
        let n = ARITY[t as usize];
        if n >= 1 {
            put(&mut body, a);
        }
        if n >= 2 {
            put(&mut body, b);
        }
        if n >= 3 {
            put(&mut body, d);
        }
    }
    let mut prev = no_loc();
    for l in c.locs.iter() {
        put_loc(&mut body, l, &prev);
        prev = *l;
    }
    put(out, body.len());
    out.extend_from_slice(body.as_slice());
}

/// One module's blob: its program (compiled alone) and module code index.
pub fn put_module(out: &mut Vec<u8>, prog: &Program, main: usize) {
    put_strs(out, &prog.global_names);
    put(out, prog.codes.len());
    for c in prog.codes.iter() {
        put_code(out, c);
    }
    put(out, main);
}

/// The whole image from (name, is package, blob) triples.
pub fn build_image(mods: &Vec<(String, bool, Vec<u8>)>) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC.as_bytes());
    put(&mut out, mods.len());
    let mut offset = 0;
    for (name, pkg, blob) in mods.iter() {
        put_str(&mut out, name.as_str());
        put(&mut out, if *pkg { 1 } else { 0 });
        put(&mut out, offset);
        put(&mut out, blob.len());
        offset += blob.len();
    }
    for (_, _, blob) in mods.iter() {
        out.extend_from_slice(blob.as_slice());
    }
    out
}

// ---- reading ----

pub fn get_u64(b: &[u8], p: &mut usize) -> u64 {
    let mut v: u64 = 0;
    let mut shift = 0;
    loop {
        if *p >= b.len() || shift > 63 {
            corrupt("truncated number");
        }
        let x = b[*p];
        *p += 1;
        v |= ((x & 127) as u64) << shift;
        if x < 128 {
            return v;
        }
        shift += 7;
    }
}

pub fn get(b: &[u8], p: &mut usize) -> usize {
    if *p < b.len() && b[*p] < 128 {
        let v = b[*p] as usize;
        *p += 1;
        return v;
    }
    get_u64(b, p) as usize
}

fn get_byte(b: &[u8], p: &mut usize) -> u8 {
    if *p >= b.len() {
        corrupt("truncated");
    }
    let v = b[*p];
    *p += 1;
    v
}

pub fn get_slice<'a>(b: &'a [u8], p: &mut usize) -> &'a [u8] {
    let n = get(b, p);
    if *p + n > b.len() {
        corrupt("truncated string");
    }
    let s = &b[*p..*p + n];
    *p += n;
    s
}

pub fn get_str(b: &[u8], p: &mut usize) -> String {
    let s = get_slice(b, p);
    match std::str::from_utf8(s) {
        Ok(t) => String::from(t),
        Err(_) => corrupt("bad string"),
    }
}

fn get_strs(b: &[u8], p: &mut usize) -> Vec<String> {
    let n = get(b, p);
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(get_str(b, p));
    }
    v
}

fn get_f64(b: &[u8], p: &mut usize) -> f64 {
    let mut bits: u64 = 0;
    for k in 0..8 {
        bits |= (get_byte(b, p) as u64) << (8 * k);
    }
    f64::from_bits(bits)
}

fn get_const(b: &[u8], p: &mut usize) -> Const {
    match get_byte(b, p) {
        0 => Const::None,
        1 => Const::Bool(false),
        2 => Const::Bool(true),
        3 => Const::Int(unzigzag(get_u64(b, p))),
        4 => Const::BigInt(get_str(b, p)),
        5 => Const::Float(get_f64(b, p)),
        6 => Const::Str(get_str(b, p)),
        7 => Const::Bytes(get_slice(b, p).to_vec()),
        8 => Const::Imag(get_f64(b, p)),
        9 => Const::Ellipsis,
        _ => corrupt("bad constant"),
    }
}

fn get_loc(b: &[u8], p: &mut usize, prev: &Loc) -> Loc {
    let h = get_byte(b, p);
    if h == 0 {
        return *prev;
    }
    let field = (h >> 3) as u64;
    let dz = if field == 0 { get_u64(b, p) } else { field - 1 };
    let line = (prev.line as i64 + unzigzag(dz)) as usize;
    let col = get(b, p);
    let end_line = if h & 4 != 0 { line } else { (line as i64 + unzigzag(get_u64(b, p))) as usize };
    let end_col = get(b, p);
    let anchor = (h & 3) - 1;
    let (a, a2) = if anchor != 0 { (get(b, p), get(b, p)) } else { (0, 0) };
    Loc { line: line, col: col, end_line: end_line, end_col: end_col, anchor: anchor, a: a, b: a2 }
}

/// Reads one code object; `gmap` maps the blob's global indices to the
/// program's, `first` is the program index of the blob's first code.
/// With `lazy` (1 + an index into `Program::frozen_maps`), `b` is the
/// embedded image and the instructions stay there (`materialize`).
pub fn read_code(b: &[u8], p: &mut usize, gmap: &Vec<usize>, first: usize, lazy: usize) -> CodeObject {
    let mut c = CodeObject::new("");
    let flags = get_byte(b, p);
    c.name = get_str(b, p);
    c.qualname = if flags & 32 != 0 { c.name.clone() } else { get_str(b, p) };
    c.kind = get_byte(b, p);
    c.argcount = get(b, p);
    c.posonly = get(b, p);
    c.kwonly = get(b, p);
    c.has_varargs = flags & 1 != 0;
    c.has_varkw = flags & 2 != 0;
    c.is_generator = flags & 4 != 0;
    c.async_kind = flags >> 6;
    c.simple = flags & 8 != 0;
    c.free_start = get(b, p);
    c.nfree = get(b, p);
    if flags & 16 != 0 {
        c.doc = Some(get_str(b, p));
    }
    c.names = get_strs(b, p);
    c.local_names = get_strs(b, p);
    let nk = get(b, p);
    for _ in 0..nk {
        c.kwnames.push(get_strs(b, p));
    }
    let ncells = get(b, p);
    for _ in 0..ncells {
        c.cells.push(get(b, p));
    }
    let nconsts = get(b, p);
    for _ in 0..nconsts {
        c.consts.push(get_const(b, p));
    }
    let size = get(b, p);
    if *p + size > b.len() {
        corrupt("truncated code");
    }
    if lazy != 0 {
        c.lazy_at = *p + 1;
        c.lazy_map = lazy - 1;
        *p += size;
        return c;
    }
    read_ops(b, p, &mut c, gmap, first);
    c
}

/// Decodes the instructions and locations of a code object left in the
/// image by a lazy `read_code`; called before its first frame runs.
pub fn materialize(prog: &mut Program, k: usize) {
    let mut p = prog.codes[k].lazy_at - 1;
    let mut c = std::mem::replace(&mut prog.codes[k], CodeObject::new(""));
    {
        let (gmap, first) = &prog.frozen_maps[c.lazy_map];
        read_ops(crate::frozen::image(), &mut p, &mut c, gmap, *first);
    }
    c.lazy_at = 0;
    prog.codes[k] = c;
}

fn read_ops(b: &[u8], p: &mut usize, c: &mut CodeObject, gmap: &Vec<usize>, first: usize) {
    let nops = get(b, p);
    let mut ops: Vec<Op> = Vec::with_capacity(nops);
    for _ in 0..nops {
        let t = get_byte(b, p);
        if t as usize >= NTAGS {
            corrupt("bad instruction");
        }
        let n = ARITY[t as usize];
        let mut a = if n >= 1 { get(b, p) } else { 0 };
        let mut a2 = if n >= 2 { get(b, p) } else { 0 };
        let a3 = if n >= 3 { get(b, p) } else { 0 };
        if t == TAG_LOAD_GLOBAL || t == TAG_STORE_GLOBAL || t == TAG_DELETE_GLOBAL {
            a = map_global(gmap, a);
        } else if t == TAG_LOAD_NAME {
            a2 = map_global(gmap, a2);
        } else if t == TAG_MAKE_FUNCTION {
            a += first;
        }
        match op_from(t, a, a2, a3) {
            Some(op) => ops.push(op),
            None => corrupt("bad instruction"),
        }
    }
    c.ops = ops;
    let mut locs: Vec<Loc> = Vec::with_capacity(nops);
    let mut prev = no_loc();
    for _ in 0..nops {
        let l = get_loc(b, p, &prev);
        locs.push(l);
        prev = l;
    }
    c.locs = locs;
}

fn map_global(gmap: &Vec<usize>, i: usize) -> usize {
    if i >= gmap.len() {
        corrupt("bad global index");
    }
    gmap[i]
}

/// Finds module `name` in the image: (blob start, is package).
pub fn find_module(img: &[u8], name: &str) -> Option<(usize, bool)> {
    let m = MAGIC.as_bytes();
    if img.len() < m.len() || &img[0..m.len()] != m {
        corrupt("bad magic");
    }
    let mut p = m.len();
    let n = get(img, &mut p);
    let want = name.as_bytes();
    let mut found: Option<(usize, bool)> = None;
    for _ in 0..n {
        let entry = get_slice(img, &mut p);
        let flags = get(img, &mut p);
        let off = get(img, &mut p);
        let _len = get(img, &mut p);
        if found.is_none() && entry == want {
            found = Some((off, flags & 1 != 0));
        }
    }
    match found {
        Some((off, pkg)) => Some((p + off, pkg)),
        None => None,
    }
}

/// Appends the code objects of the blob at `start` to `prog` (adding its
/// global names); returns the index of the module code.  With `lazy`,
/// `img` must be the embedded image: the instructions of each code object
/// are decoded when it first runs.
pub fn read_module(img: &[u8], start: usize, prog: &mut Program, lazy: bool) -> usize {
    let mut p = start;
    let ng = get(img, &mut p);
    let mut gmap = Vec::with_capacity(ng);
    for _ in 0..ng {
        let s = get_slice(img, &mut p);
        let name = match std::str::from_utf8(s) {
            Ok(t) => t,
            Err(_) => corrupt("bad name"),
        };
        gmap.push(prog.global_index.intern(&mut prog.global_names, name));
    }
    let first = prog.codes.len();
    let nc = get(img, &mut p);
    let mut l = 0;
    if lazy {
        prog.frozen_maps.push((gmap.clone(), first));
        l = prog.frozen_maps.len();
    }
    for _ in 0..nc {
        let c = read_code(img, &mut p, &gmap, first, l);
        prog.codes.push(c);
    }
    first + get(img, &mut p)
}
