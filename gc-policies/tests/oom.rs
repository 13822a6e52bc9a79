//! Out of memory is an error result, never a panic, and leaves the heap usable.

mod common;

use common::*;
use pyrite_gc::api::{Gc, GcError};
use pyrite_gc::arena::Addr;
use pyrite_gc::policies;

/// Grow a rooted list until the allocator refuses; returns its length.
fn fill(gc: &mut dyn Gc, t: &common::Types, slot: usize) -> u64 {
    let mut n = 0;
    loop {
        match gc.malloc_fixed(t.node) {
            Ok(node) => {
                ok(gc.store_word(node, 8, n));
                let head = gc.root(slot);
                ok(gc.store_ptr(node, 0, head));
                gc.set_root(slot, node);
                n += 1;
            }
            Err(GcError::OutOfMemory { requested, max_heap, footprint }) => {
                assert!(requested > 0 && footprint <= max_heap);
                return n;
            }
            Err(e) => panic!("{}", e.message()),
        }
        assert!(n < 1_000_000, "never ran out of memory");
    }
}

fn check_reversed(gc: &dyn Gc, head: Addr, n: u64) {
    let mut p = head;
    for i in 0..n {
        assert_eq!(ok(gc.load_word(p, 8)), n - 1 - i);
        p = ok(gc.load_ptr(p, 0));
    }
    assert!(p.is_null());
}

fn run(stress: bool) {
    let t = types();
    for name in policies::names() {
        let max = 256 << 10;
        let mut gc = make(name, &t, &config(max, stress));
        let slot = gc.push_root(Addr::NULL);
        let n = fill(gc.as_mut(), &t, slot);
        assert!(n > 1000, "{}: only {} nodes fit in {} bytes", name, n, max);
        // The heap is intact after the failure.
        check_reversed(gc.as_ref(), gc.root(slot), n);
        ok(gc.check_heap());
        assert!(gc.stats().peak_heap_bytes <= max, "{}: footprint {} above the limit", name, gc.stats().peak_heap_bytes);
        // A request larger than the whole heap, and an absurd length, fail cleanly.
        match gc.malloc_var(t.ints, max) {
            Err(GcError::OutOfMemory { .. }) => {}
            other => panic!("{}: expected out of memory, got {:?}", name, other.map(|a| a.raw)),
        }
        match gc.malloc_var(t.ptrs, usize::MAX / 4) {
            Err(GcError::OutOfMemory { .. }) => {}
            other => panic!("{}: expected out of memory, got {:?}", name, other.map(|a| a.raw)),
        }
        // Dropping the list makes room again (except for `none`, which never frees).
        gc.set_root(slot, Addr::NULL);
        ok(gc.collect());
        if name == "none" {
            assert!(gc.malloc_fixed(t.node).is_err());
            continue;
        }
        let again = fill(gc.as_mut(), &t, slot);
        assert!(again * 10 >= n * 9, "{}: only {} of {} nodes fit again", name, again, n);
        check_reversed(gc.as_ref(), gc.root(slot), again);
    }
}

#[test]
fn out_of_memory() {
    run(false);
}

#[test]
fn out_of_memory_stress() {
    let t = types();
    // Stress mode with a smaller heap, to keep the collect-per-allocation cost down.
    for name in policies::names() {
        let mut c = config(24 << 10, true);
        c.nursery_bytes = 8 << 10;
        let mut gc = make(name, &t, &c);
        let slot = gc.push_root(Addr::NULL);
        let n = fill(gc.as_mut(), &t, slot);
        check_reversed(gc.as_ref(), gc.root(slot), n);
        ok(gc.check_heap());
    }
    let _ = run;
}

#[test]
fn unknown_type_and_policy() {
    let t = types();
    let mut gc = make("marksweep", &t, &config(1 << 20, false));
    assert!(matches!(gc.malloc_fixed(999), Err(GcError::BadRequest(_))));
    assert!(matches!(gc.malloc_fixed(t.ptrs), Err(GcError::BadRequest(_))));
    assert!(matches!(gc.malloc_var(t.node, 3), Err(GcError::BadRequest(_))));
    match policies::create("refcount", &t.table, &config(1 << 20, false)) {
        Err(GcError::BadRequest(m)) => assert!(m.contains("unknown GC policy 'refcount'") && m.contains("markcompact")),
        _ => panic!("unknown policy accepted"),
    }
}
