// covers: copy_from_slice and clone_from_slice on equal lengths (Copy ints, cloned Strings into a sub-slice), then clone_from_slice on unequal lengths: exit 101 with rustc's own message for it ("destination and source slices have different lengths"), not copy_from_slice's
fn refill(names: &mut [String], from: &[String]) {
    names.clone_from_slice(from);
}

fn main() {
    let mut grid = [0u8; 6];
    grid[1..4].copy_from_slice(&[7, 8, 9]);
    println!("{:?}", grid);
    let mut names: Vec<String> = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    let fresh = vec!["x".to_string(), "y".to_string()];
    refill(&mut names[1..], &fresh);
    println!("{:?}", names);
    let short = vec!["only".to_string()];
    println!("about to refill with {} name", short.len());
    refill(&mut names, &short);
    println!("unreachable");
}
