//! The registry and the policy-folder convention; the binary-trees workload on every
//! policy, normally and in stress mode.

mod common;

use common::*;
use pyrite_gc::api::BarrierKind;
use pyrite_gc::policies;
use pyrite_gc::workload;

#[test]
fn registry_lists_every_policy_folder() {
    assert_eq!(policies::names(), vec!["none", "marksweep", "semispace", "markcompact", "generational"]);
    let dir = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{}/README.md", dir)).unwrap();
    for name in policies::names() {
        for file in ["mod.rs", "README.md"] {
            let p = format!("{}/src/policies/{}/{}", dir, name, file);
            assert!(std::path::Path::new(&p).exists(), "missing {}", p);
        }
        assert!(readme.contains(&format!("| `{}` |", name)), "README table lacks {}", name);
        let c = policies::constraints(name).unwrap();
        assert_eq!(c.name, name);
        let gc = make(name, &types(), &config(1 << 20, false));
        assert_eq!(gc.constraints(), c);
    }
    let gen = policies::constraints("generational").unwrap();
    assert!(gen.generational && gen.moves_objects && gen.barrier == BarrierKind::HeaderFlagAndCards);
    let ss = policies::constraints("semispace").unwrap();
    assert!(ss.copy_reserve && ss.barrier == BarrierKind::None);
    assert!(!policies::constraints("markcompact").unwrap().copy_reserve);
    assert!(policies::constraints("nope").is_none());
}

#[test]
fn binary_trees_on_every_policy() {
    let (table, tree) = workload::tree_types();
    let mut expected: Vec<String> = Vec::new();
    for stress in [false, true] {
        for name in policies::names() {
            let mut c = config(8 << 20, stress);
            c.nursery_bytes = 16 << 10;
            let mut gc = policies::create(name, &table, &c).unwrap();
            let depth = if stress { 6 } else { 8 };
            let out = ok(workload::binary_trees(gc.as_mut(), tree, depth));
            if expected.is_empty() || stress && name == "none" {
                expected = out.clone();
            }
            assert_eq!(out, expected, "{} (stress {})", name, stress);
            ok(gc.check_heap());
            assert_eq!(gc.root_depth(), 0);
        }
    }
    assert_eq!(expected[0], "stretch tree of depth 7\t check: 255");
}
