// covers: panic from array index with a computed out-of-bounds index inside a wrapping checksum loop (exit 101)
const SIZE: usize = 5;

fn checksum(table: &[u32; SIZE], keys: &[usize]) -> u32 {
    let mut acc = 0u32;
    for (step, &k) in keys.iter().enumerate() {
        let idx = (k * 3 + step) % 7;
        acc = acc.wrapping_mul(31).wrapping_add(table[idx]);
        println!("step {} key {} idx {} acc {}", step, k, idx, acc);
    }
    acc
}

fn main() {
    let mut table = [0u32; SIZE];
    for i in 0..SIZE { table[i] = (i as u32 + 1) * 11; }
    let keys = vec![0usize, 1, 4, 2, 3];
    let r = checksum(&table, &keys);
    println!("done {}", r);
}
