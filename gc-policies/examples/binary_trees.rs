//! Measure every policy on the binary-trees workload:
//! `cargo run --release --example binary_trees -- [MAX_DEPTH] [NURSERY_KB]`.

use pyrite_gc::api::GcConfig;
use pyrite_gc::policies;
use pyrite_gc::workload;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let depth: u32 = if args.len() > 1 { args[1].parse().unwrap() } else { 10 };
    let nursery_kb: usize = if args.len() > 2 { args[2].parse().unwrap() } else { 256 };
    let (table, tree) = workload::tree_types();
    // A node is 24 bytes of body + one header word; the long-lived tree has 2^(d+1)-1 nodes
    // and the stretch tree (depth d+1) is the largest structure live at once.
    let node = 32;
    let long_lived = ((1usize << (depth + 1)) - 1) * node;
    let stretch = ((1usize << (depth + 2)) - 1) * node;
    println!("binary trees, max depth {}: long-lived tree {} bytes, stretch tree {} bytes", depth, long_lived, stretch);
    let mut rows: Vec<String> = Vec::new();
    let mut first: Vec<String> = Vec::new();
    for name in policies::names() {
        let mut config = GcConfig::new();
        config.max_heap = 256 << 20;
        config.nursery_bytes = nursery_kb << 10;
        config.initial_space = 256 << 10;
        let mut gc = policies::create(name, &table, &config).unwrap();
        let out = match workload::binary_trees(gc.as_mut(), tree, depth) {
            Ok(out) => out,
            Err(e) => {
                rows.push(format!("| {} | {} |||||| ", name, e.message()));
                continue;
            }
        };
        if first.is_empty() {
            for line in out.iter() {
                println!("    {}", line);
            }
            println!();
            first = out.clone();
        }
        assert_eq!(out, first, "{} printed something else", name);
        let s = gc.stats();
        rows.push(format!(
            "| {} | {} ({}/{}) | {} ({}) | {} | {} | {:.2} | {} |",
            name, s.collections, s.minor_collections, s.major_collections, s.max_pause_work, s.max_minor_pause_work, s.total_work,
            s.peak_heap_bytes, s.peak_heap_bytes as f64 / stretch as f64, s.max_live_after_collection
        ));
    }
    println!("| policy | collections (minor/major) | max pause (minor), work units | total work | peak heap bytes | peak heap / stretch | max live after GC |");
    println!("|---|---|---|---|---|---|---|");
    for row in rows.iter() {
        println!("{}", row);
    }
}
