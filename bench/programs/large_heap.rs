// GC workload with a large live heap: about 100 MB of small objects stays reachable
// (a table of boxed records with strings and vectors) while short-lived garbage streams by.

struct Entry {
    key: String,
    values: Vec<u64>,
    link: Option<Box<Entry>>,
}

fn main() {
    let n = 600_000u64;
    let mut table: Vec<Box<Entry>> = Vec::new();
    for i in 0..n {
        let mut values = Vec::new();
        for k in 0..4 {
            values.push(i * 7 + k);
        }
        let link = if i % 2 == 0 { Some(Box::new(Entry { key: format!("l{}", i), values: Vec::new(), link: None })) } else { None };
        table.push(Box::new(Entry { key: format!("entry-{:08}", i), values, link }));
    }
    let mut garbage = 0u64;
    for round in 0..2_000_000u64 {
        let s = format!("tmp{}", round);
        let mut v: Vec<u64> = Vec::new();
        v.push(round);
        v.push(s.len() as u64);
        garbage += v[0] % 7 + v[1];
        if round % 1000 == 0 {
            let e = &mut table[(round / 1000 * 7919 % n) as usize];
            e.values.push(round);
        }
    }
    let mut check = 0u64;
    for e in &table {
        check += e.key.len() as u64;
        for &v in &e.values {
            check = check.wrapping_add(v);
        }
        if let Some(l) = &e.link {
            check += l.key.len() as u64;
        }
    }
    println!("entries {} garbage {} check {}", table.len(), garbage, check);
}
