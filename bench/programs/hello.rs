// A trivial program: its run time is a backend's start-up (bench/spec).
fn main() {
    println!("start");
}
