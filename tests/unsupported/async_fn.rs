// error: unsupported async fn
// at: 3:1
async fn fetch() -> i32 {
    1
}

fn main() {
    println!("sync");
}
