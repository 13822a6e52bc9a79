// error: unsupported derive `Default`
// at: 3:17
#[derive(Debug, Default)]
enum Mode {
    #[default]
    Off,
    On,
}

fn main() {
    println!("{:?} {:?}", Mode::default(), Mode::On);
}
