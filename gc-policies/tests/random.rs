//! Randomised test: a deterministic PRNG mutates a random object graph through the API,
//! collects at random points, and compares every reachable object against a reference
//! model kept outside the arena. Run per policy, normally and in stress mode.

mod common;

use common::*;
use pyrite_gc::api::Gc;
use pyrite_gc::arena::Addr;
use pyrite_gc::policies;
use pyrite_gc::types::{FieldClass, TypeId, TypeTable, WORD};

struct MObj {
    tid: TypeId,
    len: usize,
    ptrs: Vec<Option<usize>>,
    /// Body bytes (only data positions are meaningful).
    data: Vec<u8>,
    id: Option<u64>,
}

struct Model {
    objs: Vec<MObj>,
    roots: Vec<Option<usize>>,
    statics: Vec<Option<usize>>,
}

fn data_words(t: &TypeTable, tid: TypeId, len: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let size = t.body_size(tid, len).unwrap();
    let mut o = 0;
    while o < size {
        if t.classify(tid, len, o, WORD) == Some(FieldClass::Data) {
            out.push(o);
        }
        o += WORD;
    }
    out
}

fn word_of(data: &[u8], ofs: usize) -> u64 {
    let mut v = 0u64;
    for k in 0..WORD {
        v |= (data[ofs + k] as u64) << (8 * k);
    }
    v
}

struct Run<'a> {
    gc: &'a mut dyn Gc,
    t: &'a Types,
    m: Model,
    rng: Rng,
}

impl<'a> Run<'a> {
    fn slot(&self, i: usize) -> (Addr, Option<usize>) {
        let nstack = self.m.roots.len();
        if i < nstack {
            (self.gc.root(i), self.m.roots[i])
        } else {
            (self.gc.static_root(i - nstack), self.m.statics[i - nstack])
        }
    }

    /// Follow a random path from a random root, in the heap and the model in lockstep.
    fn walk(&mut self) -> Option<(Addr, usize)> {
        let n = self.m.roots.len() + self.m.statics.len();
        let pick = self.rng.below(n);
        let (mut a, mut m) = match self.slot(pick) {
            (a, Some(m)) => (a, m),
            _ => return None,
        };
        for _ in 0..self.rng.below(10) {
            let np = self.m.objs[m].ptrs.len();
            if np == 0 {
                break;
            }
            let i = self.rng.below(np);
            match self.m.objs[m].ptrs[i] {
                Some(next) => {
                    let ofs = self.t.table.ptr_offset(self.m.objs[m].tid, self.m.objs[m].len, i);
                    a = ok(self.gc.load_ptr(a, ofs));
                    m = next;
                }
                None => break,
            }
        }
        Some((a, m))
    }

    fn allocate(&mut self) {
        let shapes = [self.t.node, self.t.tree, self.t.ptrs, self.t.bytes, self.t.pair, self.t.ints, self.t.recs, self.t.empty];
        let tid = shapes[self.rng.below(shapes.len())];
        let table = &self.t.table;
        let len = if !table.is_varsize(tid) {
            0
        } else if self.rng.chance(5) {
            100 + self.rng.below(200)
        } else {
            self.rng.below(12)
        };
        let a = if table.is_varsize(tid) { ok(self.gc.malloc_var(tid, len)) } else { ok(self.gc.malloc_fixed(tid)) };
        let size = table.body_size(tid, len).unwrap();
        let mut obj = MObj { tid, len, ptrs: vec![None; table.ptr_count(tid, len)], data: vec![0; size], id: None };
        if let Some(lo) = table.length_offset(tid) {
            for k in 0..WORD {
                obj.data[lo + k] = ((len as u64) >> (8 * k)) as u8;
            }
        }
        for o in data_words(table, tid, len) {
            if self.rng.chance(50) && Some(o) != table.length_offset(tid) {
                let v = self.rng.next();
                ok(self.gc.store_word(a, o, v));
                for k in 0..WORD {
                    obj.data[o + k] = (v >> (8 * k)) as u8;
                }
            }
        }
        self.m.objs.push(obj);
        let slot = self.gc.push_root(a);
        self.m.roots.push(Some(self.m.objs.len() - 1));
        if self.rng.chance(70) && self.store(Some(slot)) {
            self.gc.pop_root();
            self.m.roots.pop();
        }
    }

    /// Store a pointer (to the object in root `value_slot`, or to a walked object, or null)
    /// into a random pointer field of a walked object.
    fn store(&mut self, value_slot: Option<usize>) -> bool {
        let (target, tm) = match self.walk() {
            Some(p) => p,
            None => return false,
        };
        let np = self.m.objs[tm].ptrs.len();
        if np == 0 {
            return false;
        }
        let (v, vm) = match value_slot {
            Some(s) => (self.gc.root(s), self.m.roots[s]),
            None if self.rng.chance(15) => (Addr::NULL, None),
            None => match self.walk() {
                Some((a, m)) => (a, Some(m)),
                None => (Addr::NULL, None),
            },
        };
        // Fresh objects go preferably into empty fields, so the graph grows.
        let mut i = self.rng.below(np);
        if value_slot.is_some() || self.rng.chance(60) {
            let empty: Vec<usize> = (0..np).filter(|k| self.m.objs[tm].ptrs[*k].is_none()).collect();
            if !empty.is_empty() {
                i = empty[self.rng.below(empty.len())];
            }
        }
        let ofs = self.t.table.ptr_offset(self.m.objs[tm].tid, self.m.objs[tm].len, i);
        ok(self.gc.store_ptr(target, ofs, v));
        self.m.objs[tm].ptrs[i] = vm;
        true
    }

    fn write_data(&mut self) {
        let (a, m) = match self.walk() {
            Some(p) => p,
            None => return,
        };
        let (tid, len) = (self.m.objs[m].tid, self.m.objs[m].len);
        if tid == self.t.bytes && len > 0 {
            let i = 8 + self.rng.below(len);
            let v = self.rng.next() as u8;
            ok(self.gc.store_byte(a, i, v));
            self.m.objs[m].data[i] = v;
            return;
        }
        let words = data_words(&self.t.table, tid, len);
        let lo = self.t.table.length_offset(tid);
        if words.is_empty() {
            return;
        }
        let o = words[self.rng.below(words.len())];
        if Some(o) == lo {
            return;
        }
        let v = self.rng.next();
        ok(self.gc.store_word(a, o, v));
        for k in 0..WORD {
            self.m.objs[m].data[o + k] = (v >> (8 * k)) as u8;
        }
    }

    fn take_id(&mut self) {
        if let Some((a, m)) = self.walk() {
            let id = ok(self.gc.id(a));
            match self.m.objs[m].id {
                Some(old) => assert_eq!(old, id, "id changed"),
                None => self.m.objs[m].id = Some(id),
            }
        }
    }

    fn compare(&mut self) {
        ok(self.gc.check_heap());
        let mut real_of = vec![0usize; self.m.objs.len()];
        let mut stack: Vec<(Addr, usize)> = Vec::new();
        for i in 0..self.m.roots.len() + self.m.statics.len() {
            match self.slot(i) {
                (a, Some(m)) => stack.push((a, m)),
                (a, None) => assert!(a.is_null(), "root {} should be null", i),
            }
        }
        while let Some((a, m)) = stack.pop() {
            assert!(!a.is_null(), "null where the model has object {}", m);
            if real_of[m] != 0 {
                assert_eq!(real_of[m], a.raw, "model object {} reached at two addresses", m);
                continue;
            }
            real_of[m] = a.raw;
            let o = &self.m.objs[m];
            assert_eq!(ok(self.gc.type_of(a)), o.tid);
            assert_eq!(ok(self.gc.length(a)), o.len);
            for w in data_words(&self.t.table, o.tid, o.len) {
                assert_eq!(ok(self.gc.load_word(a, w)), word_of(&o.data, w), "object {} word {}", m, w);
            }
            for i in 0..o.ptrs.len() {
                let v = ok(self.gc.load_ptr(a, self.t.table.ptr_offset(o.tid, o.len, i)));
                match o.ptrs[i] {
                    Some(mm) => stack.push((v, mm)),
                    None => assert!(v.is_null(), "object {} field {} should be null", m, i),
                }
            }
            if let Some(id) = o.id {
                assert_eq!(ok(self.gc.id(a)), id, "id of object {} changed", m);
            }
        }
        let mut seen: Vec<usize> = real_of.into_iter().filter(|r| *r != 0).collect();
        let n = seen.len();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), n, "two model objects share an address");
    }

    fn step(&mut self) {
        let r = self.rng.below(100);
        if r < 40 {
            self.allocate();
        } else if r < 54 {
            self.store(None);
        } else if r < 76 {
            self.write_data();
        } else if r < 77 {
            if !self.m.roots.is_empty() {
                let i = self.rng.below(self.m.roots.len());
                if self.rng.chance(50) || i + 1 == self.m.roots.len() {
                    self.gc.set_root(i, Addr::NULL);
                    self.m.roots[i] = None;
                } else {
                    self.gc.pop_root();
                    self.m.roots.pop();
                }
            }
        } else if r < 79 {
            if let Some((a, m)) = self.walk() {
                let i = self.rng.below(self.m.statics.len());
                self.gc.set_static_root(i, a);
                self.m.statics[i] = Some(m);
            }
        } else if r < 84 {
            ok(self.gc.collect());
        } else if r < 90 {
            ok(self.gc.collect_minor());
        } else {
            self.take_id();
        }
    }
}

fn run(name: &str, seed: u64, steps: usize, stress: bool) {
    let t = types();
    let mut c = config(32 << 20, stress);
    c.nursery_bytes = 8 << 10;
    c.initial_space = 16 << 10;
    let mut gc = make(name, &t, &c);
    gc.add_static_root(Addr::NULL);
    gc.add_static_root(Addr::NULL);
    let model = Model { objs: Vec::new(), roots: Vec::new(), statics: vec![None, None] };
    let mut r = Run { gc: gc.as_mut(), t: &t, m: model, rng: Rng(seed) };
    for i in 0..steps {
        r.step();
        while r.m.roots.len() > 40 {
            // Hang the newest root's object into the graph before dropping the slot.
            let top = r.m.roots.len() - 1;
            r.store(Some(top));
            r.gc.pop_root();
            r.m.roots.pop();
        }
        if i % 250 == 249 {
            r.compare();
            if i % 2000 == 1999 {
                eprintln!("  step {}: {} bytes live, {:?}", i, r.gc.arena().bytes_in_use(), r.gc.stats());
            }
        }
    }
    r.compare();
    ok(r.gc.collect());
    r.compare();
    r.gc.truncate_roots(0);
    r.gc.set_static_root(0, Addr::NULL);
    r.gc.set_static_root(1, Addr::NULL);
    ok(r.gc.collect());
    if name != "none" {
        assert_eq!(r.gc.arena().bytes_in_use(), 0, "{}: garbage left after dropping every root", name);
    }
    assert!(r.gc.stats().collections > 0);
}

fn all(seeds: &[u64], steps: usize, stress: bool) {
    for name in policies::names() {
        for s in seeds {
            eprintln!("policy {} seed {}", name, s);
            run(name, *s, steps, stress);
        }
    }
}

#[test]
fn random_graphs() {
    all(&[1, 0x9e3779b97f4a7c15, 12345, 777], 6000, false);
}

#[test]
fn random_graphs_stress() {
    all(&[42, 99], 800, true);
}
