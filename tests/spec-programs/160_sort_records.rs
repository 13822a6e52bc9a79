// covers: sort_by, sort_by_key, sort_unstable_by, sort_unstable_by_key on Vec of records (stable for equal keys), Ordering::then/then_with/reverse, retain, dedup_by_key, binary_search_by and binary_search_by_key, closures comparing struct fields and strings
#[derive(Debug, Clone)]
struct Employee {
    name: String,
    dept: &'static str,
    salary: u32,
    age: u8,
}

fn emp(name: &str, dept: &'static str, salary: u32, age: u8) -> Employee {
    Employee { name: name.to_string(), dept, salary, age }
}

fn show(title: &str, v: &[Employee]) {
    let names: Vec<String> = v.iter().map(|e| format!("{}({})", e.name, e.salary)).collect();
    println!("{}: {}", title, names.join(" "));
}

fn main() {
    let mut staff = vec![
        emp("alice", "eng", 120, 34),
        emp("bob", "ops", 90, 45),
        emp("carol", "eng", 120, 29),
        emp("dave", "sales", 70, 38),
        emp("erin", "ops", 95, 31),
        emp("frank", "eng", 105, 52),
        emp("grace", "sales", 70, 27),
    ];
    staff.sort_by_key(|e| e.salary);
    show("by salary", &staff);
    staff.sort_by(|a, b| b.salary.cmp(&a.salary).then_with(|| a.name.cmp(&b.name)));
    show("salary desc, name", &staff);
    staff.sort_by(|a, b| a.dept.cmp(b.dept).then(b.age.cmp(&a.age)));
    show("dept, age desc", &staff);
    staff.sort_unstable_by_key(|e| e.age);
    show("by age", &staff);
    staff.sort_unstable_by(|a, b| a.name.len().cmp(&b.name.len()).reverse());
    show("name length desc", &staff);
    let mut by_name = staff.clone();
    by_name.sort_by(|a, b| a.name.cmp(&b.name));
    let idx = by_name.binary_search_by(|e| e.name.as_str().cmp("erin"));
    let missing = by_name.binary_search_by(|e| e.name.as_str().cmp("zed"));
    println!("{:?} {:?}", idx, missing);
    let mut ages: Vec<u8> = staff.iter().map(|e| e.age).collect();
    ages.sort();
    println!("{:?} {:?}", ages.binary_search_by_key(&31, |&a| a), ages.binary_search_by_key(&40, |&a| a));
    let min_pay = 90;
    staff.retain(|e| e.salary >= min_pay);
    show("retained", &staff);
    let mut nums = vec![10, 11, 20, 21, 22, 30, 41, 42];
    nums.dedup_by_key(|x| *x / 10);
    println!("{:?}", nums);
    let mut words = vec!["delta", "Alpha", "charlie", "Bravo", "echo"];
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort_by(|a, b| b.cmp(a));
    println!("{:?}", words);
    let mut floats = vec![3.5, -2.0, 9.25, 0.5];
    floats.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", floats);
    let mut pts = vec![(3, 'c'), (1, 'z'), (3, 'a'), (2, 'q'), (1, 'b')];
    pts.sort_by_key(|p| p.0);
    println!("{:?}", pts);
    let total: u32 = staff.iter().map(|e| e.salary).sum();
    let oldest = staff.iter().max_by_key(|e| e.age).map(|e| e.name.clone());
    println!("total {} oldest {:?}", total, oldest);
}
