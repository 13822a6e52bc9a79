//! The checked memory model on its own: every kind of bad access is reported, with
//! what went wrong and where; accounting is right.

use pyrite_gc::arena::{Addr, Arena, MemError, MemErrorKind, PAGE};
use pyrite_gc::types::{TypeId, TypeTable};

struct Fix {
    a: Arena,
    region: usize,
    node: TypeId,
    arr: TypeId,
}

fn fix() -> Fix {
    let mut t = TypeTable::new();
    let node = t.add_fixed("Node", 16, vec![0]);
    let arr = t.add_var("Arr", 8, vec![], 0, 8, vec![0]);
    let mut a = Arena::new(&t);
    let region = a.map(4 * PAGE, false, "test").unwrap();
    Fix { a, region, node, arr }
}

fn err<T: std::fmt::Debug>(r: Result<T, MemError>, kind: MemErrorKind, words: &[&str]) {
    match r {
        Err(e) => {
            let m = e.message();
            assert_eq!(e.kind, kind, "{}", m);
            for w in words {
                assert!(m.contains(w), "message lacks '{}': {}", w, m);
            }
        }
        Ok(v) => panic!("expected {:?}, got Ok({:?})", kind, v),
    }
}

#[test]
fn typed_accesses() {
    let mut f = fix();
    let n = f.a.reserve_object(f.region, 8, 16, f.node, 0).unwrap();
    let m = f.a.reserve_object(f.region + 24, 8, 16, f.node, 0).unwrap();
    f.a.write_word(n, 8, 5).unwrap();
    f.a.write_ptr(n, 0, m).unwrap();
    assert_eq!(f.a.read_word(n, 8).unwrap(), 5);
    assert_eq!(f.a.read_ptr(n, 0).unwrap(), m);
    assert_eq!(f.a.read_ptr(m, 0).unwrap(), Addr::NULL);
    err(f.a.read_word(n, 16), MemErrorKind::OutOfBounds, &["read_word", "offset 16..24 is outside the body (16 bytes) of object #1 (Node"]);
    err(f.a.read_word(n, 4), MemErrorKind::Misaligned, &["misaligned"]);
    err(f.a.read_word(n, 0), MemErrorKind::WrongKind, &["integer access to a Some(Pointer) field at offset 0"]);
    err(f.a.write_ptr(n, 8, m), MemErrorKind::WrongKind, &["GC-pointer access to a Some(Data) field at offset 8"]);
    err(f.a.read_byte(n, 3), MemErrorKind::WrongKind, &["byte access to a Some(Mixed) field"]);
    err(f.a.read_word(Addr::NULL, 8), MemErrorKind::NullDeref, &["null pointer"]);
    err(f.a.read_header(n, 1), MemErrorKind::Header, &["header word 1"]);
}

#[test]
fn raw_addresses() {
    let mut f = fix();
    let n = f.a.reserve_object(f.region, 8, 16, f.node, 0).unwrap();
    err(f.a.read_word(Addr::from_raw(f.region + 64), 0), MemErrorKind::NoObject, &["not inside any live object (region 'test' at +0x40)"]);
    err(f.a.read_word(Addr::from_raw(1 << 30), 0), MemErrorKind::Unmapped, &["is not mapped"]);
    err(f.a.read_word(Addr::from_raw(n.raw + 8), 0), MemErrorKind::Interior, &["is inside object #1", "not its base address"]);
    let r = f.a.rederive(n.raw).unwrap();
    assert_eq!(r, n);
    f.a.write_word(Addr::from_raw(n.raw), 8, 9).unwrap();
    assert_eq!(f.a.read_word(n, 8).unwrap(), 9);
}

#[test]
fn stale_after_free_even_when_reused() {
    let mut f = fix();
    let n = f.a.reserve_object(f.region, 8, 16, f.node, 0).unwrap();
    let m = f.a.reserve_object(f.region + 24, 8, 16, f.node, 0).unwrap();
    f.a.collection = 3;
    f.a.free(m).unwrap();
    err(f.a.read_word(m, 8), MemErrorKind::Stale, &["object #2 (Node", "was freed in collection 3"]);
    err(f.a.write_ptr(n, 0, m), MemErrorKind::Stale, &["write_ptr (value)"]);
    // Same address, new object: the old address still knows it is stale.
    let m2 = f.a.reserve_object(f.region + 24, 8, 16, f.node, 0).unwrap();
    assert_eq!(m2.raw, m.raw);
    f.a.write_word(m2, 8, 1).unwrap();
    err(f.a.read_word(m, 8), MemErrorKind::Stale, &["freed"]);
    err(f.a.free(m), MemErrorKind::Stale, &["free"]);
}

#[test]
fn moves_and_copies() {
    let mut f = fix();
    let n = f.a.reserve_object(f.region + 48, 8, 16, f.node, 0).unwrap();
    let m = f.a.reserve_object(f.region + 96, 8, 16, f.node, 0).unwrap();
    f.a.write_word(n, 8, 11).unwrap();
    f.a.write_ptr(n, 0, m).unwrap();
    f.a.collection = 2;
    let n2 = f.a.move_object(n, f.region + 8).unwrap();
    assert_eq!(f.a.read_word(n2, 8).unwrap(), 11);
    assert_eq!(f.a.read_ptr(n2, 0).unwrap(), m);
    err(f.a.read_word(n, 8), MemErrorKind::Stale, &["was moved from", "in collection 2"]);
    err(f.a.move_object(n2, m.raw), MemErrorKind::Overlap, &["overlaps object #2"]);
    // Copying: the old copy keeps only its header and the forwarding address.
    let c = f.a.copy_object(m, f.region + PAGE).unwrap();
    f.a.set_forwarding(m, c).unwrap();
    assert_eq!(f.a.read_forwarding(m).unwrap(), c);
    f.a.read_header(m, 0).unwrap();
    err(f.a.read_word(m, 8), MemErrorKind::Stale, &["was copied to", "in the current collection"]);
    err(f.a.read_forwarding(n2), MemErrorKind::Header, &["was not forwarded"]);
    f.a.release(f.region + 96, 24).unwrap();
    err(f.a.read_header(m, 0), MemErrorKind::Stale, &["and its old space released"]);
    assert_eq!(f.a.read_ptr(n2, 0).unwrap(), m);
    err(f.a.check_object(m, "test"), MemErrorKind::Stale, &["copied"]);
}

#[test]
fn varsize_and_overlap() {
    let mut f = fix();
    let arr = f.a.reserve_object(f.region, 8, 8 + 3 * 8, f.arr, 3).unwrap();
    f.a.write_word(arr, 0, 3).unwrap();
    err(f.a.write_word(arr, 0, 4), MemErrorKind::BadLength, &["length field"]);
    err(f.a.read_ptr(arr, 8 + 3 * 8), MemErrorKind::OutOfBounds, &["outside the body"]);
    err(f.a.reserve_object(f.region + 16, 8, 16, f.node, 0), MemErrorKind::Overlap, &["overlaps object #1 (Arr[3]"]);
    let raw = f.a.reserve_raw(f.region + 64, 8, 8).unwrap();
    err(f.a.write_ptr(arr, 8, raw), MemErrorKind::WrongKind, &["raw block"]);
    f.a.write_ptr(raw, 0, arr).unwrap();
    err(f.a.reserve_object(f.region + 4 * PAGE - 8, 8, 16, f.node, 0), MemErrorKind::OutOfBounds, &["overflow region 'test'"]);
}

#[test]
fn accounting_and_regions() {
    let mut f = fix();
    assert_eq!(f.a.footprint(), 4 * PAGE);
    let lazy = f.a.map(64 * PAGE, true, "lazy").unwrap();
    assert_eq!(f.a.footprint(), 4 * PAGE);
    let n = f.a.reserve_object(lazy + 3 * PAGE, 8, 16, f.node, 0).unwrap();
    assert_eq!(f.a.footprint(), 8 * PAGE);
    assert_eq!(f.a.bytes_in_use(), 24);
    let m = f.a.reserve_object(f.region, 8, 16, f.node, 0).unwrap();
    assert_eq!(f.a.bytes_in_use(), 48);
    f.a.free(m).unwrap();
    assert_eq!((f.a.bytes_in_use(), f.a.peak_bytes_in_use()), (24, 48));
    f.a.unmap(lazy).unwrap();
    err(f.a.read_word(n, 8), MemErrorKind::Stale, &["freed"]);
    assert_eq!((f.a.footprint(), f.a.peak_footprint()), (4 * PAGE, 8 * PAGE));
    let again = f.a.map(8 * PAGE, true, "again").unwrap();
    assert_eq!(again, lazy, "the hole is reused");
    let k = f.a.reserve_object(again + 3 * PAGE, 8, 16, f.node, 0).unwrap();
    assert_eq!(f.a.read_word(k, 8).unwrap(), 0, "reused memory is zeroed");
    f.a.free(k).unwrap();
    f.a.decommit(again, PAGE).unwrap();
    assert_eq!(f.a.footprint(), 5 * PAGE);
}
