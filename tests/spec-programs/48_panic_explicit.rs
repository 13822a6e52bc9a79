// covers: explicit panic!("bad value {}", x) with formatted message after normal output, exit code 101, panic inside a nested function call, loop that validates data
fn validate(reading: i64, index: usize) -> i64 {
    if reading < 0 {
        panic!("bad value {} at index {}", reading, index);
    }
    reading * 2
}

fn process(data: &[i64]) -> i64 {
    let mut sum = 0;
    for (i, x) in data.iter().enumerate() {
        let v = validate(*x, i);
        println!("reading {} ok -> {}", i, v);
        sum += v;
    }
    sum
}

fn main() {
    let first = [4, 8, 15];
    println!("first batch sum {}", process(&first));
    let second = [16, 23, -42, 108];
    println!("second batch sum {}", process(&second));
    println!("done");
}
