// covers: str::from_utf8 and String::from_utf8 reject invalid UTF-8 (valid_up_to), String::from_utf8_lossy replaces each maximal invalid subsequence with U+FFFD, fs::read_to_string of a non-UTF-8 file fails with InvalidData
use std::fs;

fn main() {
    let samples: Vec<Vec<u8>> = vec![
        b"plain".to_vec(),
        "h\u{e9}llo \u{20ac} \u{1f600}".as_bytes().to_vec(),
        vec![0x61, 0xff, 0x62],
        vec![0xc0, 0x80],
        vec![0xe0, 0x80, 0x80],
        vec![0xed, 0xa0, 0x80],
        vec![0xf4, 0x90, 0x80, 0x80],
        vec![0xf0, 0x9f, 0x98],
        vec![0xe2, 0x82, 0x41, 0xe2, 0x82, 0xac],
        vec![0x80, 0xbf, 0xc2],
        vec![0xf8, 0x88, 0x80, 0x80, 0x80],
    ];
    for s in samples.iter() {
        match std::str::from_utf8(s) {
            Ok(t) => println!("ok {:?}", t),
            Err(e) => println!("err at {}", e.valid_up_to()),
        }
        match String::from_utf8(s.clone()) {
            Ok(t) => println!("  owned ok {}", t.len()),
            Err(_) => println!("  owned err"),
        }
        let lossy = String::from_utf8_lossy(s).to_string();
        println!("  lossy {:?} ({} chars)", lossy, lossy.chars().count());
    }
    let dir = format!("/tmp/pyrite-utf8-{}", std::process::id());
    let _ = fs::create_dir_all(dir.as_str());
    let path = format!("{}/bad.txt", dir);
    fs::write(path.as_str(), &[0x68u8, 0x69, 0xff, 0x0a]).unwrap();
    match fs::read_to_string(path.as_str()) {
        Ok(s) => println!("read ok {:?}", s),
        Err(e) => println!("read error: {}", e),
    }
    println!("bytes still readable: {}", fs::read(path.as_str()).unwrap().len());
    fs::remove_file(path.as_str()).unwrap();
    fs::remove_dir(dir.as_str()).unwrap();
}
