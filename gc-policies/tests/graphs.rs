//! Per policy, normal and stress mode: object graphs survive collections intact,
//! garbage is reclaimed, ids are stable, static roots and every type shape work.

mod common;

use common::*;
use pyrite_gc::api::Gc;
use pyrite_gc::arena::Addr;
use pyrite_gc::policies;

fn each_policy(stress: bool, test: fn(&mut dyn Gc, &Types, &str)) {
    let t = types();
    for name in policies::names() {
        eprintln!("policy {}", name);
        let mut gc = make(name, &t, &config(16 << 20, stress));
        test(gc.as_mut(), &t, name);
        ok(gc.check_heap());
    }
}

fn lists(gc: &mut dyn Gc, t: &Types, name: &str) {
    let n = if gc.core().config.stress { 150 } else { 2000 };
    let keep = build_list(gc, t, n, 1000);
    let garbage = build_list(gc, t, n, 0);
    gc.set_root(garbage, Addr::NULL);
    ok(gc.collect());
    ok(gc.collect_minor());
    check_list(gc, gc.root(keep), n, 1000);
    ok(gc.check_heap());
    if name != "none" {
        assert!(gc.arena().bytes_in_use() <= (n as usize) * 24 + 4096, "{}: garbage not reclaimed", name);
    }
    gc.set_root(keep, Addr::NULL);
    ok(gc.collect());
    if name != "none" {
        assert_eq!(gc.arena().bytes_in_use(), 0, "{}: everything should be reclaimed", name);
    }
    gc.truncate_roots(0);
}

fn trees(gc: &mut dyn Gc, t: &Types, _name: &str) {
    let depth = if gc.core().config.stress { 5 } else { 10 };
    let a = build_tree(gc, t, depth, 1);
    let slot = gc.push_root(a);
    for round in 0..3 {
        let junk = build_tree(gc, t, depth - 2, 7 + round);
        let _ = junk;
        ok(gc.collect());
        let expect = check_tree(gc, gc.root(slot), depth, 1);
        assert!(expect > 0);
    }
    gc.pop_root();
}

fn arrays(gc: &mut dyn Gc, t: &Types, name: &str) {
    let stress = gc.core().config.stress;
    // Long enough to be allocated old with cards in the generational policy.
    let len = if stress { 70 } else { 400 };
    let arr = ok(gc.malloc_var(t.ptrs, len));
    let slot = gc.push_root(arr);
    if !stress {
        ok(gc.collect());
    }
    for i in 0..len {
        let node = ok(gc.malloc_fixed(t.node));
        ok(gc.store_word(node, 8, i as u64 * 3));
        let arr = gc.root(slot);
        ok(gc.store_ptr(arr, 8 + 8 * i, node));
    }
    // Young pointers only in a few cards of an old array.
    ok(gc.collect_minor());
    for i in (0..len).step_by(37) {
        let node = ok(gc.malloc_fixed(t.node));
        ok(gc.store_word(node, 8, 1_000_000 + i as u64));
        let arr = gc.root(slot);
        ok(gc.store_ptr(arr, 8 + 8 * i, node));
    }
    ok(gc.collect_minor());
    ok(gc.check_heap());
    ok(gc.collect());
    let arr = gc.root(slot);
    assert_eq!(ok(gc.length(arr)), len);
    for i in 0..len {
        let node = ok(gc.load_ptr(arr, 8 + 8 * i));
        let want = if i % 37 == 0 { 1_000_000 + i as u64 } else { i as u64 * 3 };
        assert_eq!(ok(gc.load_word(node, 8)), want, "{}: item {}", name, i);
    }
    gc.pop_root();
}

fn shapes(gc: &mut dyn Gc, t: &Types, _name: &str) {
    let b = ok(gc.malloc_var(t.bytes, 13));
    let sb = gc.push_root(b);
    for i in 0..13 {
        ok(gc.store_byte(b, 8 + i, (i * 7) as u8));
    }
    let r = ok(gc.malloc_var(t.recs, 5));
    let sr = gc.push_root(r);
    for i in 0..5 {
        let p = ok(gc.malloc_fixed(t.pair));
        ok(gc.store_word(p, 0, 40 + i as u64));
        gc.push_root(p);
        let e = ok(gc.malloc_fixed(t.empty));
        let p = gc.pop_root();
        let r = gc.root(sr);
        ok(gc.store_ptr(p, 8, e));
        ok(gc.store_ptr(p, 16, r));
        ok(gc.store_ptr(r, 16 + 16 * i, p));
        ok(gc.store_word(r, 16 + 16 * i + 8, 900 + i as u64));
    }
    let _empty_array = ok(gc.malloc_var(t.ints, 0));
    let head = ok(gc.malloc_fixed(t.pair));
    let r = gc.root(sr);
    ok(gc.store_ptr(head, 8, r));
    ok(gc.store_ptr(r, 0, head));
    for _ in 0..2 {
        ok(gc.collect());
        ok(gc.collect_minor());
    }
    let b = gc.root(sb);
    assert_eq!(ok(gc.length(b)), 13);
    for i in 0..13 {
        assert_eq!(ok(gc.load_byte(b, 8 + i)), (i * 7) as u8);
    }
    let r = gc.root(sr);
    assert_eq!(ok(gc.length(r)), 5);
    let head = ok(gc.load_ptr(r, 0));
    assert!(ok(gc.load_ptr(head, 8)).same(r));
    for i in 0..5 {
        let p = ok(gc.load_ptr(r, 16 + 16 * i));
        assert_eq!(ok(gc.load_word(r, 16 + 16 * i + 8)), 900 + i as u64);
        assert_eq!(ok(gc.load_word(p, 0)), 40 + i as u64);
        assert!(ok(gc.load_ptr(p, 16)).same(r));
        let e = ok(gc.load_ptr(p, 8));
        assert_eq!(ok(gc.type_of(e)), t.empty);
    }
    gc.truncate_roots(0);
}

fn ids_and_statics(gc: &mut dyn Gc, t: &Types, name: &str) {
    let keep = build_list(gc, t, 50, 0);
    let s = gc.add_static_root(Addr::NULL);
    let tree = build_tree(gc, t, 4, 3);
    gc.set_static_root(s, tree);
    let mut ids = Vec::new();
    let mut hashes = Vec::new();
    let mut p = gc.root(keep);
    while !p.is_null() {
        ids.push(ok(gc.id(p)));
        hashes.push(ok(gc.identity_hash(p)));
        p = ok(gc.load_ptr(p, 0));
    }
    let tid = ok(gc.id(gc.static_root(s)));
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "{}: ids not unique", name);
    let g = build_list(gc, t, 200, 0);
    gc.set_root(g, Addr::NULL);
    ok(gc.collect());
    ok(gc.collect_minor());
    let mut p = gc.root(keep);
    let mut i = 0;
    while !p.is_null() {
        assert_eq!(ok(gc.id(p)), ids[i], "{}: id changed", name);
        assert_eq!(ok(gc.identity_hash(p)), hashes[i]);
        p = ok(gc.load_ptr(p, 0));
        i += 1;
    }
    assert_eq!(ok(gc.id(gc.static_root(s))), tid);
    check_tree(gc, gc.static_root(s), 4, 3);
    let moves = gc.constraints().moves_objects;
    let first = gc.root(keep);
    assert!(moves || !gc.can_move(first), "{}: can_move disagrees with constraints", name);
    gc.set_static_root(s, Addr::NULL);
    gc.truncate_roots(0);
}

fn reclaim_under_tight_heap(gc: &mut dyn Gc, t: &Types, name: &str) {
    if name == "none" {
        return;
    }
    gc.set_max_heap(512 << 10);
    let keep = build_list(gc, t, 100, 5);
    let rounds = if gc.core().config.stress { 3 } else { 200 };
    for r in 0..rounds {
        let tree = build_tree(gc, t, 7, r);
        check_tree(gc, tree, 7, r);
    }
    check_list(gc, gc.root(keep), 100, 5);
    assert!(gc.stats().peak_heap_bytes <= 512 << 10, "{}: footprint above max heap", name);
    gc.truncate_roots(0);
}

#[test]
fn lists_all() {
    each_policy(false, lists);
}
#[test]
fn trees_all() {
    each_policy(false, trees);
}
#[test]
fn arrays_all() {
    each_policy(false, arrays);
}
#[test]
fn shapes_all() {
    each_policy(false, shapes);
}
#[test]
fn ids_all() {
    each_policy(false, ids_and_statics);
}
#[test]
fn reclaim_all() {
    each_policy(false, reclaim_under_tight_heap);
}
#[test]
fn stress_lists() {
    each_policy(true, lists);
}
#[test]
fn stress_trees() {
    each_policy(true, trees);
}
#[test]
fn stress_arrays() {
    each_policy(true, arrays);
}
#[test]
fn stress_shapes() {
    each_policy(true, shapes);
}
#[test]
fn stress_ids() {
    each_policy(true, ids_and_statics);
}
#[test]
fn stress_reclaim() {
    each_policy(true, reclaim_under_tight_heap);
}
