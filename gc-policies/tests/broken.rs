//! Deliberately broken GCs (test-only `Fault`s) and a broken mutator: the checked arena
//! must report a `MemError` naming the bad access instead of corrupting memory.

mod common;

use common::*;
use pyrite_gc::api::{Fault, Gc, GcError};
use pyrite_gc::arena::{Addr, MemErrorKind};

fn with_fault(name: &str, t: &Types, fault: Fault) -> Box<dyn Gc> {
    let mut c = config(1 << 20, false);
    c.fault = fault;
    make(name, t, &c)
}

/// A 3-node list 0 -> 1 -> 2 rooted in slot 0, behind some garbage so that it moves.
fn list_behind_garbage(gc: &mut dyn Gc, t: &Types) -> usize {
    for _ in 0..4 {
        ok(gc.malloc_fixed(t.node));
    }
    build_list(gc, t, 3, 0)
}

fn expect_mem(r: Result<u64, GcError>, kind: MemErrorKind, words: &[&str]) -> String {
    match r {
        Err(GcError::Mem(e)) => {
            let m = e.message();
            assert_eq!(e.kind, kind, "{}", m);
            for w in words {
                assert!(m.contains(w), "message lacks '{}': {}", w, m);
            }
            m
        }
        Err(e) => panic!("expected a memory error, got {}", e.message()),
        Ok(v) => panic!("expected a memory error, read {}", v),
    }
}

#[test]
fn markcompact_forgets_a_reference() {
    let t = types();
    // Control: without the fault everything is fine.
    let mut gc = with_fault("markcompact", &t, Fault::None);
    let s = list_behind_garbage(gc.as_mut(), &t);
    ok(gc.collect());
    check_list(gc.as_ref(), gc.root(s), 3, 0);

    let mut gc = with_fault("markcompact", &t, Fault::SkipReferenceUpdate(1));
    let s = list_behind_garbage(gc.as_mut(), &t);
    ok(gc.collect());
    // The heap check finds the stale field...
    match gc.check_heap() {
        Err(GcError::Mem(e)) => {
            assert_eq!(e.kind, MemErrorKind::Stale);
            assert!(e.message().contains("pointer field at offset 0 of object"), "{}", e.message());
        }
        other => panic!("check_heap missed the stale reference: {:?}", other.map(|_| ())),
    }
    // ...and so does the mutator when it follows it.
    let n0 = gc.root(s);
    let n1 = ok(gc.load_ptr(n0, 0));
    assert_eq!(ok(gc.load_word(n1, 8)), 1);
    let n2 = ok(gc.load_ptr(n1, 0));
    let m = expect_mem(gc.load_word(n2, 8), MemErrorKind::Stale, &["read_word", "was moved from", "(Node"]);
    assert!(m.contains(&format!("0x{:x}", n2.raw)), "{}", m);
}

#[test]
fn markcompact_restores_a_wrong_type_id() {
    let t = types();
    let mut gc = with_fault("markcompact", &t, Fault::CorruptTypeId(1));
    let s = list_behind_garbage(gc.as_mut(), &t);
    ok(gc.collect());
    match gc.check_heap() {
        Err(GcError::Mem(e)) => {
            assert_eq!(e.kind, MemErrorKind::Header);
            assert!(e.message().contains("does not match its type id"), "{}", e.message());
        }
        other => panic!("check_heap missed the wrong type id: {:?}", other.map(|_| ())),
    }
    // The next collection trusts the header, reads a Node as a Tree, and is stopped at
    // the first access to a field that is not a pointer in the object's real type.
    match gc.collect() {
        Err(GcError::Mem(e)) => {
            assert_eq!(e.kind, MemErrorKind::WrongKind, "{}", e.message());
            assert!(e.message().contains("GC-pointer access to a Some(Data) field at offset 8"), "{}", e.message());
            assert!(e.phase.starts_with("markcompact: mark"), "{}", e.message());
        }
        other => panic!("collection read through a wrong type id: {:?}", other.map(|_| ())),
    }
    let _ = s;
}

#[test]
fn semispace_forgets_a_root() {
    let t = types();
    let mut gc = with_fault("semispace", &t, Fault::SkipRootUpdate);
    let s = list_behind_garbage(gc.as_mut(), &t);
    ok(gc.collect());
    let head = gc.root(s);
    expect_mem(gc.load_word(head, 8), MemErrorKind::Stale, &["read_word", "was freed in collection 1"]);
}

#[test]
fn marksweep_forgets_a_field() {
    let t = types();
    let mut gc = with_fault("marksweep", &t, Fault::SkipTraceField(1));
    let s = list_behind_garbage(gc.as_mut(), &t);
    ok(gc.collect());
    let n1 = ok(gc.load_ptr(gc.root(s), 0));
    expect_mem(gc.load_word(n1, 8), MemErrorKind::Stale, &["read_word", "was freed in collection 1"]);
    // The freed cell is reused by the next allocation; the stale address still fails.
    let fresh = ok(gc.malloc_fixed(t.node));
    ok(gc.store_word(fresh, 8, 42));
    expect_mem(gc.load_word(n1, 8), MemErrorKind::Stale, &["freed"]);
}

#[test]
fn generational_without_barrier() {
    let t = types();
    for fault in [Fault::None, Fault::SkipBarrier] {
        let mut gc = with_fault("generational", &t, fault);
        let old = ok(gc.malloc_fixed(t.pair));
        let s = gc.push_root(old);
        ok(gc.collect_minor());
        assert!(!gc.can_move(gc.root(s)), "pair should be old now");
        let young = ok(gc.malloc_fixed(t.node));
        ok(gc.store_word(young, 8, 77));
        ok(gc.store_ptr(gc.root(s), 8, young));
        // An old array with cards, too.
        let arr = ok(gc.malloc_var(t.ptrs, 500));
        let sa = gc.push_root(arr);
        let young2 = ok(gc.malloc_fixed(t.node));
        ok(gc.store_word(young2, 8, 78));
        ok(gc.store_ptr(gc.root(sa), 8 + 8 * 321, young2));
        ok(gc.collect_minor());
        let n = ok(gc.load_ptr(gc.root(s), 8));
        let n2 = ok(gc.load_ptr(gc.root(sa), 8 + 8 * 321));
        if fault == Fault::None {
            assert_eq!(ok(gc.load_word(n, 8)), 77);
            assert_eq!(ok(gc.load_word(n2, 8)), 78);
            ok(gc.check_heap());
        } else {
            expect_mem(gc.load_word(n, 8), MemErrorKind::Stale, &["read_word", "(Node", "freed in collection"]);
            expect_mem(gc.load_word(n2, 8), MemErrorKind::Stale, &["read_word", "freed in collection"]);
            assert!(gc.check_heap().is_err());
        }
    }
}

#[test]
fn mutator_keeps_an_unrooted_reference() {
    let t = types();
    for name in ["semispace", "markcompact", "generational"] {
        let mut c = config(1 << 20, true);
        c.fault = Fault::None;
        let mut gc = make(name, &t, &c);
        let keep = build_list(gc.as_mut(), &t, 2, 0);
        let g = ok(gc.malloc_fixed(t.node));
        let gs = gc.push_root(g);
        let a = ok(gc.malloc_fixed(t.node));
        gc.set_root(gs, Addr::NULL);
        ok(gc.store_word(a, 8, 5));
        let head = gc.root(keep);
        ok(gc.store_ptr(a, 0, head));
        gc.push_root(a);
        // Bug: `a` is used after an allocation (which collects in stress mode).
        let _b = ok(gc.malloc_fixed(t.node));
        match gc.load_word(a, 8) {
            Err(GcError::Mem(e)) => assert_eq!(e.kind, MemErrorKind::Stale, "{}: {}", name, e.message()),
            other => panic!("{}: stale mutator reference not caught: {:?}", name, other),
        }
        // Reloading it from its root slot is the right way.
        let a = gc.root(gc.root_depth() - 1);
        assert_eq!(ok(gc.load_word(a, 8)), 5);
    }
}
