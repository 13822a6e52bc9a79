// covers: panic from Option::expect with a format!-built message after print! without newline (exit 101), lifetime-annotated lookup returning Option<&T>
#[derive(Debug, Clone)]
struct Account { id: u32, owner: String, limit: Option<u64> }

fn lookup<'a>(accts: &'a [Account], id: u32) -> Option<&'a Account> {
    let mut i = 0;
    while i < accts.len() {
        if accts[i].id == id { return Some(&accts[i]); }
        i += 1;
    }
    None
}

fn main() {
    let accts = vec![
        Account { id: 7, owner: "ann".into(), limit: Some(500) },
        Account { id: 9, owner: "bob".into(), limit: None },
    ];
    for id in [7u32, 9] {
        let a = lookup(&accts, id).expect("account must exist");
        println!("{} {} {:?}", a.id, a.owner, a.limit);
    }
    let mut total: u64 = 0;
    for a in &accts { if let Some(l) = a.limit { total += l; } }
    print!("total {} ", total);
    let bob = lookup(&accts, 9).unwrap();
    let lim = bob.limit.expect(&format!("account {} ({}) has no limit", bob.id, bob.owner));
    println!("unreachable {}", lim);
}
