// covers: panic on out-of-bounds Vec indexing after normal output, exit code 101, panic message on stderr, stdout flushed before the panic, index computed at runtime
fn find_slot(v: &Vec<i32>, key: i32) -> usize {
    let mut idx = 0;
    for i in 0..v.len() {
        if v[i] >= key {
            return i;
        }
        idx = i + 1;
    }
    // off-by-one: returns len when key is larger than everything
    idx + 2
}

fn main() {
    let v = vec![3, 8, 15, 21];
    let keys = [1, 9, 21, 30];
    for k in keys.iter() {
        let slot = find_slot(&v, *k);
        println!("key {} -> slot {}", k, slot);
        println!("value there: {}", v[slot]);
    }
    println!("unreachable");
}
