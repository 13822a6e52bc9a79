//! The collector of Python objects: a tracing mark-and-sweep collector
//! over the object arena `Heap::objs` (stage 4 runtime).
//!
//! Invariants:
//! - A handle `h` names slot `h` of the arena for as long as the object
//!   lives: objects never move, so `id()` is stable while an object lives.
//!   A collection replaces every slot it cannot reach from the roots with
//!   `Object::Free` (dropping the object's inner buffers, which are then
//!   garbage for the translated binary's own GC policy) and puts its
//!   handle on the free list; `Heap::alloc` reuses free handles, lowest
//!   first, before growing the arena.  Trailing free slots are cut off.
//! - A freed handle is never observed again: indexing the arena at a free
//!   slot panics ("use of a freed Python object"), and the marker panics
//!   if a reachable object refers to a free slot, so a missed root fails
//!   loudly instead of reading a reused slot.
//! - Roots (`Vm::gc_roots`): every frame (locals, value stack, `aux`,
//!   generator handle), module globals, module objects, `sys.modules`,
//!   `sys.path`, the builtin values, the constants of every code object,
//!   the handled exception, class keyword arguments waiting for their
//!   class, `eval` state (`globals()` dicts, the `code` class), the
//!   builtin type and exception classes and the interned one-character
//!   strings.  Handles kept as plain `usize` are traced too: class
//!   `bases`/`mro`/`meta`, instances' and files' `cls`, `Frame::gen`,
//!   iterators' and views' targets, `Super`, `MethodDescr`.  Code, module,
//!   map and symbol indices are not handles.  Pooled frames
//!   (`Vm::free_frames`) are not roots: they are emptied instead.  The
//!   MRO lookup caches are invalidated, since a class handle may be
//!   reused.  `Vm::gc_roots`, `trace_frame` and `trace_object`
//!   destructure `Vm`, `Heap`, `Frame`, the VM's state structs and every
//!   object payload (but `DictObj`, traced through its entries) without
//!   `..`, and match every `Object` variant without `_`, so a new field or
//!   variant does not compile until it is traced.
//! - Safe points: a collection runs only where no Rust local holds a
//!   `Value` the roots miss: at the top of the dispatch loop
//!   (`Vm::run_frames`, between two instructions) of the outermost
//!   `execute` of the program or of an interactive input
//!   (`outer_depth`, the `sync_depth` of that loop), and in `gc.collect()`
//!   called from that loop (its caller holds only the call's arguments,
//!   which `collect` no longer needs).  A dispatch loop nested under a
//!   builtin that calls back into Python (`sorted(key=...)`, imports,
//!   `eval`, dunders called from Rust) never collects: its callers may
//!   hold values in Rust locals.
//! - Trigger: every allocation counts (`since`); the dispatch loop calls
//!   `gc_safe_point` once `since >= threshold`, and a collection sets
//!   `threshold = max(BASE_THRESHOLD, live objects)`, so collecting costs
//!   O(1) amortized per allocation and the arena stays below about twice
//!   the live objects.  `gc.disable()` makes the threshold unreachable.
//! - Environment (read once, through the prelude's `std::env`):
//!   `PYRITE_PYGC_STRESS=N` collects at every Nth safe point reached (1:
//!   every one) to find missed roots; `PYRITE_PYGC_STATS=1` prints
//!   `pygc-stats collections=N freed=N peak_live=N live=N` on stderr at
//!   exit (`peak_live`: most occupied slots, garbage not yet found
//!   included).

use crate::instance::{Instance, MoreTable};
use crate::objects::{ClassObj, ExcState, FunctionObj, GenObj, Heap, Map, ModuleObj, Object, SetObj, Value};
use crate::vm::{Frame, Vm};

/// Allocations between two collections when few objects live.
pub const BASE_THRESHOLD: usize = 20000;

/// Slots per arena chunk (a power of two: a handle splits into chunk
/// and index by shift and mask).
const CHUNK_BITS: usize = 12;
const CHUNK: usize = 1 << CHUNK_BITS;

/// The arena: Python objects by handle, in fixed-size chunks, so growing
/// it never copies the objects or reserves more than one chunk beyond
/// the last slot (a doubling `Vec` would keep up to twice the slots).
/// Indexing a free slot panics.
pub struct Arena {
    chunks: Vec<Vec<Object>>,
    len: usize,
}

impl Arena {
    pub fn new() -> Arena {
        Arena { chunks: Vec::new(), len: 0 }
    }

    /// Number of slots (live, garbage and free).
    pub fn len(&self) -> usize {
        self.len
    }

    /// Slot `h`, free or not.
    fn slot(&self, h: usize) -> &Object {
        &self.chunks[h >> CHUNK_BITS][h & (CHUNK - 1)]
    }

    fn slot_mut(&mut self, h: usize) -> &mut Object {
        &mut self.chunks[h >> CHUNK_BITS][h & (CHUNK - 1)]
    }

    /// Appends a slot holding `o`; its handle.
    fn push(&mut self, o: Object) -> usize {
        if self.len & (CHUNK - 1) == 0 {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        let last = self.chunks.len() - 1;
        self.chunks[last].push(o);
        self.len += 1;
        self.len - 1
    }

    /// Cuts the arena back to `n` slots.
    fn truncate(&mut self, n: usize) {
        let keep = (n + CHUNK - 1) >> CHUNK_BITS;
        self.chunks.truncate(keep);
        if keep > 0 {
            self.chunks[keep - 1].truncate(n - ((keep - 1) << CHUNK_BITS));
        }
        self.len = n;
    }

    /// Whether slot `h` is free (its object was collected).
    pub fn is_free(&self, h: usize) -> bool {
        match self.slot(h) {
            Object::Free => true,
            _ => false,
        }
    }
}

fn freed_access(h: usize) -> ! {
    panic!("use of a freed Python object (handle {}): a root is missing from arena_gc", h)
}

impl std::ops::Index<usize> for Arena {
    type Output = Object;
    #[inline]
    fn index(&self, h: usize) -> &Object {
        let o = self.slot(h);
        if let Object::Free = o {
            freed_access(h);
        }
        o
    }
}

impl std::ops::IndexMut<usize> for Arena {
    #[inline]
    fn index_mut(&mut self, h: usize) -> &mut Object {
        let o = self.slot_mut(h);
        if let Object::Free = o {
            freed_access(h);
        }
        o
    }
}

/// Collector state, kept in the heap (`Heap::gc`).
pub struct GcState {
    /// Allocations since the last collection.
    pub since: usize,
    /// The dispatch loop calls `gc_safe_point` when `since` reaches it.
    pub threshold: usize,
    /// Free handles, the lowest last.
    free: Vec<usize>,
    marks: MarkBits,
    /// The mark stack, kept between collections so that collecting
    /// allocates nothing once the arena stops growing (matters under
    /// `--gc none`, where nothing Rust-level is ever freed).
    grey: Vec<usize>,
    /// `sync_depth` of the dispatch loop that may collect (0: none).
    pub outer_depth: usize,
    /// Automatic collection switch (`gc.enable()`/`gc.disable()`).
    pub enabled: bool,
    /// PYRITE_PYGC_STRESS: collect at every `stress`th safe point (0: off).
    stress: usize,
    points: usize,
    /// PYRITE_PYGC_STATS=1.
    stats: bool,
    collections: usize,
    freed_total: usize,
    peak_live: usize,
    /// weakref.ReferenceType (0 until lib/weakref.py registers it): its
    /// instances' `_obj` (symbol `weak_sym`) is not traced, and is set to
    /// None when its object dies; a cleared ref whose `_callback`
    /// (`weak_cb_sym`) is not None goes on the list `weak_pending`.
    pub weak_cls: usize,
    pub weak_sym: usize,
    pub weak_cb_sym: usize,
    pub weak_pending: usize,
    /// Instances whose `__del__` has run (by handle; cleared when the
    /// slot is freed): a resurrected object is finalized once (PEP 442).
    finalized: Vec<bool>,
    /// Unreachable instances with a `__del__`, kept alive by the last
    /// collection until `run_finalizers` calls it.
    to_finalize: Vec<usize>,
    /// `gc.set_debug` flags; with DEBUG_SAVEALL (32) a collection appends
    /// the unreachable instances to the list `garbage_list` (`gc.garbage`)
    /// instead of freeing them.
    pub debug: i64,
    pub garbage_list: usize,
    /// `gc.freeze()`: the live-object count it froze (`gc.get_freeze_count`).
    pub frozen: usize,
}

fn env_usize(name: &str) -> usize {
    match std::env::var(name) {
        Ok(s) => match s.trim().parse::<usize>() {
            Ok(n) => n,
            Err(_) => 0,
        },
        Err(_) => 0,
    }
}

impl GcState {
    /// (collections so far, objects they freed), for `gc.get_stats`.
    pub fn totals(&self) -> (usize, usize) {
        (self.collections, self.freed_total)
    }

    pub fn new() -> GcState {
        let stress = env_usize("PYRITE_PYGC_STRESS");
        let stats = env_usize("PYRITE_PYGC_STATS") != 0;
        GcState {
            since: 0,
            threshold: if stress > 0 { 0 } else { BASE_THRESHOLD },
            free: Vec::new(),
            marks: MarkBits::new(),
            grey: Vec::new(),
            outer_depth: 0,
            enabled: true,
            stress: stress,
            points: 0,
            stats: stats,
            collections: 0,
            freed_total: 0,
            peak_live: 0,
            weak_cls: 0,
            weak_sym: 0,
            weak_cb_sym: 0,
            weak_pending: 0,
            finalized: Vec::new(),
            to_finalize: Vec::new(),
            debug: 0,
            garbage_list: 0,
            frozen: 0,
        }
    }

    fn reset_threshold(&mut self, live: usize) {
        self.since = 0;
        self.threshold = if !self.enabled {
            usize::MAX
        } else if self.stress > 0 {
            0
        } else if live > BASE_THRESHOLD {
            live
        } else {
            BASE_THRESHOLD
        };
    }
}

/// One mark bit per arena slot: a collection over a million objects
/// needs 125 KB of marks, not a megabyte.
pub struct MarkBits {
    words: Vec<u64>,
    len: usize,
}

impl MarkBits {
    pub fn new() -> MarkBits {
        MarkBits { words: Vec::new(), len: 0 }
    }

    /// `n` slots, none marked.
    pub fn reset(&mut self, n: usize) {
        self.words.clear();
        self.words.resize((n + 63) / 64, 0);
        self.len = n;
    }

    fn len(&self) -> usize {
        self.len
    }

    fn get(&self, h: usize) -> bool {
        (self.words[h >> 6] >> (h & 63)) & 1 != 0
    }

    fn set(&mut self, h: usize) {
        self.words[h >> 6] |= 1u64 << (h & 63);
    }

    fn clear(&mut self, h: usize) {
        self.words[h >> 6] &= !(1u64 << (h & 63));
    }
}

/// Items of a list or tuple marked before the mark stack is drained.
const MARK_SPAN: usize = 256;

fn mark_h(h: usize, marks: &mut MarkBits, stack: &mut Vec<usize>) {
    if h >= marks.len() {
        panic!("arena_gc: handle {} beyond the arena ({} slots)", h, marks.len());
    }
    if !marks.get(h) {
        marks.set(h);
        stack.push(h);
    }
}

fn mark_v(v: &Value, marks: &mut MarkBits, stack: &mut Vec<usize>) {
    if let Value::Ref(h) = v {
        mark_h(*h, marks, stack);
    }
}

fn mark_vs(vs: &Vec<Value>, marks: &mut MarkBits, stack: &mut Vec<usize>) {
    for v in vs.iter() {
        mark_v(v, marks, stack);
    }
}

fn mark_ov(v: &Option<Value>, marks: &mut MarkBits, stack: &mut Vec<usize>) {
    if let Some(v) = v {
        mark_v(v, marks, stack);
    }
}

/// A frame's references: locals, value stack, `aux`, its generator.
fn trace_frame(f: &Frame, marks: &mut MarkBits, stack: &mut Vec<usize>) {
    let Frame { code: _, pc: _, locals, stack: values, comps: _, blocks: _, mode: _, gen, aux, aux2: _ } = f;
    for l in locals.iter() {
        mark_ov(l, marks, stack);
    }
    mark_vs(values, marks, stack);
    mark_v(aux, marks, stack);
    if *gen != 0 {
        mark_h(*gen, marks, stack);
    }
}

fn trace_exc(e: &ExcState, marks: &mut MarkBits, stack: &mut Vec<usize>) {
    // `tb` holds code indices and pcs, no handles.
    let ExcState { args, tb: _, cause, context, suppress_context: _, tb_obj, tb_obj_len: _ } = e;
    mark_v(tb_obj, marks, stack);
    mark_v(args, marks, stack);
    mark_v(cause, marks, stack);
    mark_v(context, marks, stack);
}

/// Marks an instance's class and slots (but slot `skip`: a weak
/// reference's referent) and its rare parts.
fn trace_instance(inst: &Instance, maps: &Vec<Map>, skip: usize, more: &MoreTable, marks: &mut MarkBits, stack: &mut Vec<usize>) {
    mark_h(inst.cls(maps), marks, stack);
    for k in 0..maps[inst.map()].names.len() {
        if k != skip {
            mark_v(inst.slot(k, more), marks, stack);
        }
    }
    if let Some(e) = inst.exc(more) {
        trace_exc(e, marks, stack);
    }
    if let Some(b) = inst.base(more) {
        mark_v(b, marks, stack);
    }
}

/// Marks the handles object `o` refers to.  Every variant is listed (no
/// `_` arm): a new variant must say what it references.
fn trace_object(h: usize, o: &Object, maps: &Vec<Map>, more: &MoreTable, marks: &mut MarkBits, stack: &mut Vec<usize>) {
    match o {
        Object::Free => panic!("arena_gc: a reachable object refers to freed handle {}", h),
        Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) | Object::Complex(_, _) | Object::Stream(_) => {}
        Object::Range(_, _, _) | Object::RangeIter(_, _, _) => {}
        Object::Module(m) => {
            // Its globals (`Vm::globals[index]`) are roots.
            let ModuleObj { index: _, name: _, file: _, namespace: _, created: _ } = &**m;
        }
        Object::List(vs) | Object::Tuple(vs) => mark_vs(vs, marks, stack),
        Object::Dict(d) => {
            // Deleted entries too: their values are never read again, but
            // marking them is harmless.
            for p in 0..d.end() {
                mark_v(d.key_at(p), marks, stack);
                mark_v(d.value_at(p), marks, stack);
            }
            // The instance whose `__dict__` this is (dict.rs `sync_inst_dict`).
            mark_v(&d.owner, marks, stack);
        }
        Object::Set(s) | Object::FrozenSet(s) => {
            let SetObj { keys, hashes: _, dummy: _, fill: _, used: _, finger: _ } = &**s;
            for k in keys.iter() {
                mark_ov(k, marks, stack);
            }
        }
        Object::Function(f) => {
            let FunctionObj { name: _, qualname: _, code: _, defaults, kwdefaults, closure, attrs, annotations } = &**f;
            mark_vs(defaults, marks, stack);
            mark_v(kwdefaults, marks, stack);
            mark_vs(closure, marks, stack);
            mark_v(attrs, marks, stack);
            mark_v(annotations, marks, stack);
        }
        Object::BoundMethod(recv, _) => mark_v(recv, marks, stack),
        Object::Method(f, s) => {
            mark_v(f, marks, stack);
            mark_v(s, marks, stack);
        }
        Object::Class(c) => {
            // `root_map` is a map index, `builtin_fn` a builtin id, `names`
            // and `slots` symbol ids.
            let ClassObj {
                name: _,
                qualname: _,
                bases,
                mro,
                names: _,
                values,
                root_map: _,
                is_exc: _,
                builtin_fn: _,
                is_builtin: _,
                slots: _,
                meta,
                getattribute: _,
            } = &**c;
            for b in bases.iter() {
                mark_h(*b, marks, stack);
            }
            for m in mro.iter() {
                mark_h(*m, marks, stack);
            }
            mark_vs(values, marks, stack);
            if let Some(m) = meta {
                mark_h(*m, marks, stack);
            }
        }
        Object::Instance(inst) => trace_instance(inst, maps, usize::MAX, more, marks, stack),
        Object::Cell(v) => mark_ov(v, marks, stack),
        Object::Generator(g) => {
            let GenObj { frame, state: _, qualname: _, exc, owned: _, kind: _, wrapped: _, code: _ } = &**g;
            if let Some(f) = frame {
                trace_frame(f, marks, stack);
            }
            mark_v(exc, marks, stack);
        }
        Object::Enumerate(it, _) => mark_v(it, marks, stack),
        Object::Zip(its, _) => mark_vs(its, marks, stack),
        Object::Map(f, its) => {
            mark_v(f, marks, stack);
            mark_vs(its, marks, stack);
        }
        Object::Filter(f, it) => {
            mark_v(f, marks, stack);
            mark_v(it, marks, stack);
        }
        Object::Super(cls, obj) => {
            mark_h(*cls, marks, stack);
            mark_v(obj, marks, stack);
        }
        Object::Property(p) => {
            mark_v(&p.fget, marks, stack);
            mark_v(&p.fset, marks, stack);
            mark_v(&p.fdel, marks, stack);
            mark_v(&p.doc, marks, stack);
        }
        Object::Slice(parts) => mark_vs(parts, marks, stack),
        Object::StaticMethod(f) | Object::ClassMethod(f) => mark_v(f, marks, stack),
        Object::SetIter(s, _) => mark_h(*s, marks, stack),
        Object::MethodDescr(cls, _) => mark_h(*cls, marks, stack),
        Object::SeqIter(seq, _, _) => mark_h(*seq, marks, stack),
        Object::DictView(d, _) => mark_h(*d, marks, stack),
        Object::DictIter(d, _, _, _) => mark_h(*d, marks, stack),
        Object::CallIter(f, sentinel) => {
            mark_v(f, marks, stack);
            mark_v(sentinel, marks, stack);
        }
        Object::GetItemIter(obj, _) => mark_v(obj, marks, stack),
        Object::File(f) => {
            let crate::io_mod::FileObj {
                kind: _,
                cls,
                file: _,
                name,
                name_repr: _,
                mode: _,
                encoding: _,
                errors: _,
                readable: _,
                writable: _,
                closed: _,
                rbuf: _,
                rpos: _,
                chars: _,
                bytes: _,
                pos: _,
                items,
                newline: _,
                buffer,
            } = &**f;
            mark_h(*cls, marks, stack);
            mark_v(buffer, marks, stack);
            mark_v(name, marks, stack);
            mark_vs(items, marks, stack);
        }
        Object::GenericAlias(origin, args) => {
            mark_v(origin, marks, stack);
            mark_v(args, marks, stack);
        }
    }
}

impl Heap {
    /// The handles live object `h` refers to (each once, in tracing order);
    /// `marks` (one per slot, all clear) is left all clear again.
    pub fn referent_handles(&self, h: usize, marks: &mut MarkBits) -> Vec<usize> {
        let mut stack = Vec::new();
        trace_object(h, self.objs.slot(h), &self.maps, &self.inst_more, marks, &mut stack);
        for r in stack.iter() {
            marks.clear(*r);
        }
        stack
    }

    /// Stores `o` in a free slot or a new one; its handle.
    pub fn alloc(&mut self, o: Object) -> Value {
        self.gc.since += 1;
        match self.gc.free.pop() {
            Some(h) => {
                *self.objs.slot_mut(h) = o;
                Value::Ref(h)
            }
            None => Value::Ref(self.objs.push(o)),
        }
    }

    /// Occupied slots (live objects and garbage not yet collected).
    pub fn occupied(&self) -> usize {
        self.objs.len() - self.gc.free.len()
    }

    /// Marks from the roots in `stack` (already marked) until no grey
    /// object is left.
    fn gc_mark(&mut self, stack: &mut Vec<usize>) {
        // Lists and tuples longer than MARK_SPAN are marked a span at a
        // time, the stack drained between spans, so the mark stack stays
        // short: pushing a million-item list's handles at once would keep
        // 8 MB of stack for the rest of the run.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        loop {
            let h = match stack.pop() {
                Some(h) => h,
                None => match spans.pop() {
                    Some((h, from)) => {
                        self.mark_span(h, from, stack, &mut spans);
                        continue;
                    }
                    None => break,
                },
            };
            if let Object::List(vs) | Object::Tuple(vs) = self.objs.slot(h) {
                if vs.len() > MARK_SPAN {
                    self.mark_span(h, 0, stack, &mut spans);
                    continue;
                }
            }
            if self.gc.weak_cls != 0 {
                if let Some(skip) = self.weak_slot(h) {
                    // A weak reference: everything but its referent.
                    if let Object::Instance(inst) = self.objs.slot(h) {
                        trace_instance(inst, &self.maps, skip, &self.inst_more, &mut self.gc.marks, stack);
                    }
                    continue;
                }
            }
            trace_object(h, self.objs.slot(h), &self.maps, &self.inst_more, &mut self.gc.marks, stack);
        }
    }

    /// Marks items `from..from + MARK_SPAN` of list or tuple `h`; queues
    /// the rest.
    fn mark_span(&mut self, h: usize, from: usize, stack: &mut Vec<usize>, spans: &mut Vec<(usize, usize)>) {
        if let Object::List(vs) | Object::Tuple(vs) = self.objs.slot(h) {
            let mut end = from + MARK_SPAN;
            if end < vs.len() {
                spans.push((h, end));
            } else {
                end = vs.len();
            }
            for k in from..end {
                mark_v(&vs[k], &mut self.gc.marks, stack);
            }
        }
    }

    /// The slot of the referent if `h` is a weak reference (an instance
    /// of weakref.ReferenceType or a subclass).
    fn weak_slot(&self, h: usize) -> Option<usize> {
        let cls = match self.objs.slot(h) {
            Object::Instance(inst) => inst.cls(&self.maps),
            _ => return None,
        };
        let wc = self.gc.weak_cls;
        let weak = cls == wc || self.class(cls).mro.contains(&wc);
        if !weak {
            return None;
        }
        self.inst_slot(h, self.gc.weak_sym)
    }

    /// After marking: clears the weak references whose referent is
    /// unmarked (about to be freed), queueing those with a callback.
    fn gc_clear_weak(&mut self) {
        if self.gc.weak_cls == 0 {
            return;
        }
        let pend = self.gc.weak_pending;
        let mut queued = Vec::new();
        for h in 0..self.objs.len() {
            if !self.gc.marks.get(h) {
                continue;
            }
            let k = match self.weak_slot(h) {
                Some(k) => k,
                None => continue,
            };
            let dead = match self.objs.slot(h) {
                Object::Instance(inst) => match inst.slot(k, &self.inst_more) {
                    Value::Ref(r) => !self.gc.marks.get(*r),
                    _ => false,
                },
                _ => false,
            };
            if !dead {
                continue;
            }
            if let Object::Instance(inst) = self.objs.slot_mut(h) {
                inst.set_slot(k, Value::None, &mut self.inst_more);
            }
            let has_cb = match self.inst_get(h, self.gc.weak_cb_sym) {
                Some(Value::None) | None => false,
                Some(_) => true,
            };
            if has_cb {
                queued.push(Value::Ref(h));
            }
        }
        if pend != 0 && pend < self.gc.marks.len() && self.gc.marks.get(pend) {
            if let Object::List(l) = self.objs.slot_mut(pend) {
                for r in queued.into_iter() {
                    l.push(r);
                }
            }
        }
    }

    /// Replaces the object at `h` with `Object::Free`, giving back an
    /// instance's side-table entry.
    fn free_slot(&mut self, h: usize) {
        if let Object::Instance(inst) = self.objs.slot_mut(h) {
            inst.release(&mut self.inst_more);
        }
        *self.objs.slot_mut(h) = Object::Free;
    }

    /// Frees every unmarked slot; rebuilds the free list (lowest handle
    /// last) after cutting off trailing free slots.  Returns the number
    /// of objects freed.
    fn gc_sweep(&mut self) -> usize {
        let n = self.objs.len();
        let mut freed = 0;
        let mut top = n;
        while top > 0 && !self.gc.marks.get(top - 1) {
            top -= 1;
            if let Object::Free = self.objs.slot(top) {
            } else {
                freed += 1;
                self.free_slot(top);
            }
            if top < self.gc.finalized.len() {
                self.gc.finalized[top] = false;
            }
        }
        self.objs.truncate(top);
        self.gc.free.clear();
        let mut h = top;
        while h > 0 {
            h -= 1;
            if !self.gc.marks.get(h) {
                if let Object::Free = self.objs.slot(h) {
                } else {
                    freed += 1;
                    self.free_slot(h);
                }
                if h < self.gc.finalized.len() {
                    self.gc.finalized[h] = false;
                }
                self.gc.free.push(h);
            }
        }
        freed
    }
}

impl Vm {
    /// Marks every root: what the VM holds outside the arena.
    fn gc_roots(&mut self, stack: &mut Vec<usize>) {
        let Vm {
            program: _,
            heap,
            globals,
            code_module: _,
            modules,
            sys_modules,
            sys_path,
            recursion_limit: _,
            stdout_redirected: _,
            os_fds: _,
            class_kwargs,
            member_descr,
            global_order: _,
            builtin_vals,
            missing_builtin: _,
            consts,
            name_syms: _,
            frames,
            free_frames,
            // Not roots: every collection starts a new class epoch (below), which
            // retires every entry, values included.
            attr_cache: _,
            exc_info,
            c_depth: _,
            sync_depth: _,
            out: _,
            osm,
            eval_state,
        } = self;
        // No handles in the OS modules' state.
        let crate::time_mod::OsState { t0: _, stdout_errno: _, stdout_raised: _ } = osm;
        let crate::vm_eval::EvalState { globals_dicts, tb_modules: _, tb_files: _, code_class, stdin_module: _ } = eval_state;
        // `inst_more` is traced through the instances that own its entries.
        let Heap { objs: _, char_cache, syms: _, sym_index: _, maps: _, types, exc_classes, lookup_cache, user_lookup_cache, gc, nan_serial: _, inst_more: _ } = heap;
        let marks = &mut gc.marks;
        for h in char_cache.iter() {
            mark_h(*h, marks, stack);
        }
        for h in types.iter() {
            mark_h(*h, marks, stack);
        }
        for h in exc_classes.iter() {
            mark_h(*h, marks, stack);
        }
        if *member_descr != 0 {
            mark_h(*member_descr, marks, stack);
        }
        // A collected class's handle may be reused by a new class.
        lookup_cache.invalidate();
        user_lookup_cache.invalidate();
        for row in globals.iter() {
            for v in row.iter() {
                mark_ov(v, marks, stack);
            }
        }
        for m in modules.iter() {
            let crate::vm_import::ModInfo { name: _, file: _, lines: _, show_source: _, package: _, pkg_dir: _, obj, initializing: _ } = m;
            mark_v(obj, marks, stack);
        }
        mark_v(sys_modules, marks, stack);
        mark_v(sys_path, marks, stack);
        for kw in class_kwargs.iter() {
            mark_h(kw.0, marks, stack);
            mark_v(&kw.1, marks, stack);
        }
        for v in builtin_vals.iter() {
            mark_ov(v, marks, stack);
        }
        for cs in consts.iter() {
            mark_vs(cs, marks, stack);
        }
        for f in frames.iter() {
            trace_frame(f, marks, stack);
        }
        // Pooled frames are emptied rather than traced: nothing reads
        // them before `new_frame` resets them.
        for f in free_frames.iter_mut() {
            f.locals.clear();
            f.stack.clear();
            f.aux = Value::None;
            f.gen = 0;
        }
        mark_v(exc_info, marks, stack);
        for g in globals_dicts.iter() {
            mark_h(g.0, marks, stack);
        }
        if *code_class != 0 {
            mark_h(*code_class, marks, stack);
        }
    }

    /// Collects now; the number of objects freed.  Only at a safe point
    /// (see the invariants at the top).
    pub fn collect_arena(&mut self) -> usize {
        let n = self.heap.objs.len();
        let before = self.heap.occupied();
        if before > self.heap.gc.peak_live {
            self.heap.gc.peak_live = before;
        }
        self.heap.gc.marks.reset(n);
        let mut stack = std::mem::take(&mut self.heap.gc.grey);
        stack.clear();
        self.gc_roots(&mut stack);
        for k in 0..self.heap.gc.to_finalize.len() {
            let h = self.heap.gc.to_finalize[k];
            mark_h(h, &mut self.heap.gc.marks, &mut stack);
        }
        self.heap.gc_mark(&mut stack);
        self.heap.gc_clear_weak();
        // Unreachable instances with a __del__ not yet run: resurrected
        // (with all they reach) until run_finalizers calls it.
        let del_sym = self.heap.intern("__del__");
        let mut found = Vec::new();
        for h in 0..n {
            if self.heap.gc.marks.get(h) {
                continue;
            }
            if let Object::Instance(inst) = self.heap.objs.slot(h) {
                let done = h < self.heap.gc.finalized.len() && self.heap.gc.finalized[h];
                if !done && self.heap.lookup_user(inst.cls(&self.heap.maps), del_sym).is_some() {
                    found.push(h);
                }
            }
        }
        if !found.is_empty() {
            if self.heap.gc.finalized.len() < n {
                self.heap.gc.finalized.resize(n, false);
            }
            for h in found.iter() {
                self.heap.gc.finalized[*h] = true;
                mark_h(*h, &mut self.heap.gc.marks, &mut stack);
                self.heap.gc.to_finalize.push(*h);
            }
            self.heap.gc_mark(&mut stack);
        }
        if self.heap.gc.debug & 32 != 0 && self.heap.gc.garbage_list != 0 {
            self.gc_save_all(n, &mut stack);
        }
        self.heap.gc.grey = stack;
        let freed = self.heap.gc_sweep();
        self.heap.gc.collections += 1;
        self.heap.gc.freed_total += freed;
        let live = self.heap.occupied();
        self.heap.gc.reset_threshold(live);
        freed
    }

    /// DEBUG_SAVEALL: the unreachable instances go on `gc.garbage`, which
    /// keeps them (and what they reach) alive.
    fn gc_save_all(&mut self, n: usize, stack: &mut Vec<usize>) {
        let mut saved = Vec::new();
        for h in 0..n {
            if !self.heap.gc.marks.get(h) {
                if let Object::Instance(_) = self.heap.objs.slot(h) {
                    saved.push(h);
                }
            }
        }
        if saved.is_empty() {
            return;
        }
        let g = self.heap.gc.garbage_list;
        for h in saved.iter() {
            mark_h(*h, &mut self.heap.gc.marks, stack);
        }
        self.heap.gc_mark(stack);
        if let Object::List(l) = self.heap.objs.slot_mut(g) {
            for h in saved.iter() {
                l.push(Value::Ref(*h));
            }
        }
    }

    /// Whether a collection may run here: in the outermost dispatch loop.
    pub fn gc_may_collect(&self) -> bool {
        self.heap.gc.outer_depth != 0 && self.sync_depth == self.heap.gc.outer_depth
    }

    /// Called by the dispatch loop between instructions once
    /// `heap.gc.since >= heap.gc.threshold`.
    pub fn gc_safe_point(&mut self) {
        if !self.heap.gc.enabled {
            self.heap.gc.reset_threshold(0);
            return;
        }
        if !self.gc_may_collect() {
            // Nested under a builtin: look again after a while.
            if self.heap.gc.stress == 0 {
                self.heap.gc.threshold = self.heap.gc.since + 1024;
            }
            return;
        }
        if self.heap.gc.stress > 0 {
            self.heap.gc.points += 1;
            if self.heap.gc.points < self.heap.gc.stress {
                return;
            }
            self.heap.gc.points = 0;
        }
        self.collect_arena();
        self.run_weak_callbacks();
        self.run_finalizers();
    }

    /// Calls `__del__` of the objects the last collection found
    /// unreachable; an exception is reported on stderr and ignored.
    pub fn run_finalizers(&mut self) {
        loop {
            if self.heap.gc.to_finalize.is_empty() {
                break;
            }
            let h = self.heap.gc.to_finalize.remove(0);
            let obj = Value::Ref(h);
            let sym = self.heap.intern("__del__");
            let m = match self.heap.get(&obj) {
                Some(Object::Instance(inst)) => self.heap.lookup_user(inst.cls(&self.heap.maps), sym),
                _ => None,
            };
            let m = match m {
                Some(m) => m,
                None => continue,
            };
            if let Err(e) = self.call1(&m, vec![obj.clone()]) {
                let line = match &e.exc {
                    Some(v) => {
                        let t = self.heap.type_name(v);
                        match self.exc_str(v) {
                            Ok(s) if !s.is_empty() => format!("{}: {}", t, s),
                            _ => t.to_string(),
                        }
                    }
                    None => e.msg.clone(),
                };
                let who = match self.v_repr(&m) {
                    Ok(s) => s,
                    Err(_) => "<__del__>".to_string(),
                };
                self.flush();
                eprintln!("Exception ignored in: {}\n{}", who, line);
            }
        }
    }

    /// Calls the callbacks of the weak references cleared by collections
    /// (`callback(ref)`); an exception in one is reported on stderr and
    /// ignored, as CPython does.
    pub fn run_weak_callbacks(&mut self) {
        let pend = self.heap.gc.weak_pending;
        if pend == 0 {
            return;
        }
        loop {
            let r = match &mut self.heap.objs[pend] {
                Object::List(l) if !l.is_empty() => l.remove(0),
                _ => break,
            };
            let sym = self.heap.gc.weak_cb_sym;
            let h = match &r {
                Value::Ref(h) => *h,
                _ => continue,
            };
            let cb = match self.heap.inst_get(h, sym) {
                Some(cb) => cb,
                None => continue,
            };
            if let Err(e) = self.call1(&cb, vec![r.clone()]) {
                let line = match &e.exc {
                    Some(v) => {
                        let t = self.heap.type_name(v);
                        match self.exc_str(v) {
                            Ok(m) if !m.is_empty() => format!("{}: {}", t, m),
                            _ => t.to_string(),
                        }
                    }
                    None => e.msg.clone(),
                };
                let who = match self.v_repr(&cb) {
                    Ok(s) => s,
                    Err(_) => "<weakref callback>".to_string(),
                };
                self.flush();
                eprintln!("Exception ignored in: {}\n{}", who, line);
            }
        }
    }

    /// Makes the dispatch loop about to run (at `sync_depth + 1`) the one
    /// that collects; returns the previous setting for `gc_outer_end`.
    pub fn gc_outer_begin(&mut self) -> usize {
        let prev = self.heap.gc.outer_depth;
        self.heap.gc.outer_depth = self.sync_depth + 1;
        prev
    }

    pub fn gc_outer_end(&mut self, prev: usize) {
        self.heap.gc.outer_depth = prev;
    }

    /// `gc.enable()` / `gc.disable()`.
    pub fn gc_set_enabled(&mut self, on: bool) {
        self.heap.gc.enabled = on;
        let live = self.heap.occupied();
        let since = self.heap.gc.since;
        self.heap.gc.reset_threshold(live);
        self.heap.gc.since = since;
    }

    /// `gc.collect()`: collects if called from the outermost dispatch
    /// loop (else 0: a builtin below may hold values the roots miss).
    pub fn gc_collect_now(&mut self) -> usize {
        if !self.gc_may_collect() {
            return 0;
        }
        self.collect_arena()
    }

    /// The PYRITE_PYGC_STATS=1 line, at exit.
    pub fn gc_report(&mut self) {
        let occ = self.heap.occupied();
        let g = &mut self.heap.gc;
        if occ > g.peak_live {
            g.peak_live = occ;
        }
        if g.stats {
            eprintln!("pygc-stats collections={} freed={} peak_live={} live={}", g.collections, g.freed_total, g.peak_live, occ);
        }
    }
}
