// covers: derived PartialOrd/Ord on data enums and structs, Index/IndexMut with tuple index, AddAssign/SubAssign/MulAssign with i32 rhs, derive(Default)
use std::ops::{Index, IndexMut, AddAssign, SubAssign, MulAssign};
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Tok { Num(i32), Op(char), End }
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ver { major: u8, minor: u8, patch: u16 }
#[derive(Debug, Default)]
struct Grid { w: usize, cells: Vec<i32> }
impl Index<(usize, usize)> for Grid { type Output = i32; fn index(&self, (r, c): (usize, usize)) -> &i32 { &self.cells[r * self.w + c] } }
impl IndexMut<(usize, usize)> for Grid { fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 { &mut self.cells[r * self.w + c] } }
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bits(u8);
impl AddAssign<i32> for Grid { fn add_assign(&mut self, k: i32) { for c in self.cells.iter_mut() { *c += k; } } }
impl SubAssign<i32> for Grid { fn sub_assign(&mut self, k: i32) { for c in self.cells.iter_mut() { *c -= k; } } }
impl MulAssign<i32> for Grid { fn mul_assign(&mut self, k: i32) { for c in self.cells.iter_mut() { *c *= k; } } }
fn main() {
    let mut toks = vec![Tok::End, Tok::Op('+'), Tok::Num(3), Tok::Num(-1), Tok::Op('*')];
    println!("{} {} {}", Tok::Num(5) < Tok::Op('a'), Tok::Op('b') > Tok::Op('a'), Tok::End > Tok::Num(100));
    println!("{:?}", Tok::Num(1).partial_cmp(&Tok::Num(2)));
    toks.swap(0, 4);
    println!("{:?}", toks);
    let mut vs = vec![Ver { major: 1, minor: 2, patch: 3 }, Ver { major: 1, minor: 0, patch: 9 }, Ver { major: 0, minor: 9, patch: 0 }, Ver { major: 1, minor: 2, patch: 0 }];
    vs.sort();
    println!("{:?}", vs);
    println!("{:?} {:?}", vs.iter().max(), vs[0].cmp(&vs[1]));
    let mut g = Grid { w: 3, cells: vec![0; 6] };
    g[(1, 2)] = 5;
    g[(0, 0)] += 2;
    g += 1;
    g *= 3;
    g -= 2;
    println!("{} {:?} {:?}", g[(1, 2)], g, Grid::default());
}
