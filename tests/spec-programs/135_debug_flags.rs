// covers: Debug formatting with width/precision/fill flags passed through derived Debug of Option, tuples, structs and enums
#[derive(Debug)]
struct P { x: i32, y: f64 }
#[derive(Debug)]
enum E { A(u8), B { s: String } }
fn main() {
    println!("[{:>8?}] [{:<6?}] [{:05?}]", Some(1), (1, 2), P { x: -3, y: 1.5 });
    println!("[{:>10?}] [{:^9?}]", "ab", 'c');
    println!("[{:.1?}] [{:8.2?}]", vec![1.25f64, 2.0], E::A(7));
    println!("[{:>4?}]", E::B { s: "q".into() });
    println!("[{:+?}]", 5);
    println!("{:?} {:?} {:?}", 1e16f64, 1e-5f64, 0.1f32 as f64);
    println!("{:?} {:?}", f64::MIN_POSITIVE, -0.0f64);
}
