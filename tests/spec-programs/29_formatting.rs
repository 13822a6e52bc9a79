// covers: width and alignment {:>8} {:<8} {:^8}, zero padding {:05} {:08.2}, precision {:.2} with width {:>10.3}, padding of strings/chars/bools/negative numbers, {:?} on Vec/Option/tuple/String/&str/char/nested, {:>8} on String values, {{ }} escapes, inline args {name} with format spec {name:>6}, print! vs println!, eprintln! to stderr, text tables
#[derive(Debug, Clone)]
struct Row {
    name: String,
    qty: u32,
    price: f64,
}

fn main() {
    println!("[{:>8}]", "right");
    println!("[{:<8}]", "left");
    println!("[{:^8}]", "mid");
    println!("[{:^9}]", "odd");
    println!("[{:>8}]", 42);
    println!("[{:<8}]", -42);
    println!("[{:^8}]", 7);
    println!("[{:05}]", 42);
    println!("[{:05}]", -42);
    println!("[{:08.2}]", 3.14159);
    println!("[{:08.2}]", -3.14159);
    println!("[{:>10.3}]", 2.0f64.sqrt());
    println!("[{:<10.1}]", 99.95);
    println!("[{:^10.4}]", 1.0 / 3.0);
    println!("[{:.2}] [{:.0}] [{:.5}]", 1.005, 0.5, 2.0);
    println!("[{:>6}] [{:<6}] [{:^6}]", true, 'x', false);
    println!("[{:3}] [{:1}]", "toolong", 12345);
    println!("[{:>4}]", u64::MAX);
    println!("[{:6}] [{:6}]", 17, "s");

    let label = String::from("owned");
    println!("[{:>10}] [{:<10}] [{:^10}]", label, label, label);
    let width_name = "cap";
    let amount = 12.5;
    println!("{width_name:>6}|{amount:<8.2}|{amount:>8.1}|");
    println!("{{}} {{{}}}", 5);

    println!("{:?}", vec![1, 2, 3]);
    println!("{:?}", Vec::<i32>::new());
    println!("{:?}", vec!["a", "b"]);
    println!("{:?}", vec![String::from("s1"), String::from("s\"2")]);
    println!("{:?} {:?}", Some(5), None::<i32>);
    println!("{:?}", Some("text"));
    println!("{:?}", (1, "two", 3.0, '4', [5u8, 6]));
    println!("{:?}", vec![Some((1, 'a')), None]);
    println!("{:?} {:?}", String::from("tab\there"), "new\nline");
    println!("{:?}", vec![vec![0.5, 1.0], vec![]]);
    let ok: Result<i32, String> = Ok(3);
    let err: Result<i32, String> = Err(String::from("boom"));
    println!("{:?} {:?}", ok, err);

    let rows = vec![
        Row { name: String::from("widget"), qty: 3, price: 4.5 },
        Row { name: String::from("gizmo"), qty: 12, price: 0.99 },
        Row { name: String::from("thingamajig"), qty: 1, price: 129.0 },
        Row { name: String::from("nut"), qty: 250, price: 0.05 },
    ];
    println!("{:<12}|{:>5}|{:>9}|{:>10}", "item", "qty", "price", "total");
    println!("------------+-----+---------+----------");
    let mut grand = 0.0;
    for r in rows.iter() {
        let total = r.qty as f64 * r.price;
        grand += total;
        println!("{:<12}|{:>5}|{:>9.2}|{:>10.2}", r.name, r.qty, r.price, total);
    }
    println!("{:<12}|{:>5}|{:>9}|{:>10.2}", "TOTAL", "", "", grand);
    println!("[{:^30}]", "end of table");
    println!("first row = {:?}", rows[0]);

    print!("no newline, ");
    print!("then {}", "newline\n");
    eprintln!("this goes to stderr: {:>5}", 1);
    eprint!("stderr without newline\n");
    println!("{:>3}{:>3}{:>3}", 1, 22, 333);
    for i in 0..4 {
        println!("{:>2}: {:<5}|{:^7}|{:>6.3}", i, i * i, i * 111, i as f64 / 7.0);
    }
}
