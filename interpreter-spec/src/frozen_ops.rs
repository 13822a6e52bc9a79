//! Frozen code images (see frozen_image.rs): one instruction as a tag
//! byte and up to three integer fields.
//!
//! Invariants:
//! - `op_fields` and `op_from` are inverses: tag `t` always has exactly
//!   `ARITY[t]` fields, in the order the variant declares them (bools are
//!   0/1, chars their code point, operator enums their index below).
//! - Tags follow the declaration order of `bytecode::Op`; changing them
//!   (or the enums' indices) changes the image format, which the image's
//!   staleness test then reports.
//! - Field values are unchanged here: the program-wide indices (global
//!   names, code objects) are translated by the image reader/writer, which
//!   knows which tags carry them (`TAG_*` below).

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::bytecode::Op;

/// Tags whose fields are program-wide indices.
pub const TAG_LOAD_GLOBAL: u8 = 4;
pub const TAG_STORE_GLOBAL: u8 = 5;
pub const TAG_DELETE_GLOBAL: u8 = 6;
/// LoadName: its second field is a global index.
pub const TAG_LOAD_NAME: u8 = 12;
/// MakeFunction: its first field is a code index.
pub const TAG_MAKE_FUNCTION: u8 = 72;

pub const NTAGS: usize = 85;

pub static ARITY: [u8; 85] = [
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 0-9
    1, 1, 2, 1, 1, 1, 1, 3, 1, 1, // 10-19
    2, 1, 1, 0, 0, 0, 0, 0, 1, 1, // 20-29
    1, 1, 1, 0, 0, 0, 1, 1, 1, 2, // 30-39
    1, 1, 1, 0, 0, 1, 1, 1, 2, 2, // 40-49
    1, 0, 0, 0, 1, 0, 2, 0, 1, 0, // 50-59
    0, 0, 1, 1, 1, 0, 1, 2, 0, 0, // 60-69
    0, 1, 3, 1, 1, 0, 3, 1, 0, 1, // 70-79
    2, 2, 2, 1, 2, // 80-84
];

fn b(x: bool) -> usize {
    if x {
        1
    } else {
        0
    }
}

fn binop_at(i: usize) -> Option<BinOp> {
    let all = [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div, BinOp::FloorDiv, BinOp::Mod, BinOp::Pow, BinOp::LShift, BinOp::RShift, BinOp::BitOr, BinOp::BitXor, BinOp::BitAnd, BinOp::MatMul];
    if i < all.len() {
        Some(all[i])
    } else {
        None
    }
}

fn unary_index(o: UnaryOp) -> usize {
    match o {
        UnaryOp::Neg => 0,
        UnaryOp::Pos => 1,
        UnaryOp::Not => 2,
        UnaryOp::Invert => 3,
    }
}

fn unary_at(i: usize) -> Option<UnaryOp> {
    let all = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Not, UnaryOp::Invert];
    if i < all.len() {
        Some(all[i])
    } else {
        None
    }
}

fn cmp_index(o: CmpOp) -> usize {
    match o {
        CmpOp::Eq => 0,
        CmpOp::NotEq => 1,
        CmpOp::Lt => 2,
        CmpOp::LtE => 3,
        CmpOp::Gt => 4,
        CmpOp::GtE => 5,
        CmpOp::In => 6,
        CmpOp::NotIn => 7,
        CmpOp::Is => 8,
        CmpOp::IsNot => 9,
    }
}

fn cmp_at(i: usize) -> Option<CmpOp> {
    let all = [CmpOp::Eq, CmpOp::NotEq, CmpOp::Lt, CmpOp::LtE, CmpOp::Gt, CmpOp::GtE, CmpOp::In, CmpOp::NotIn, CmpOp::Is, CmpOp::IsNot];
    if i < all.len() {
        Some(all[i])
    } else {
        None
    }
}

/// (tag, field 1, field 2, field 3); unused fields are 0.
pub fn op_fields(op: &Op) -> (u8, usize, usize, usize) {
    match *op {
        Op::LoadConst(a) => (0, a, 0, 0),
        Op::LoadFast(a) => (1, a, 0, 0),
        Op::StoreFast(a) => (2, a, 0, 0),
        Op::DeleteFast(a) => (3, a, 0, 0),
        Op::LoadGlobal(a) => (4, a, 0, 0),
        Op::StoreGlobal(a) => (5, a, 0, 0),
        Op::DeleteGlobal(a) => (6, a, 0, 0),
        Op::LoadDeref(a) => (7, a, 0, 0),
        Op::StoreDeref(a) => (8, a, 0, 0),
        Op::DeleteDeref(a) => (9, a, 0, 0),
        Op::LoadClosure(a) => (10, a, 0, 0),
        Op::MakeCell(a) => (11, a, 0, 0),
        Op::LoadName(a, g) => (12, a, g, 0),
        Op::StoreName(a) => (13, a, 0, 0),
        Op::DeleteName(a) => (14, a, 0, 0),
        Op::LoadAttr(a) => (15, a, 0, 0),
        Op::LoadMethod(a) => (16, a, 0, 0),
        Op::CallMethod(a, n, k) => (17, a, n, k),
        Op::StoreAttr(a) => (18, a, 0, 0),
        Op::DeleteAttr(a) => (19, a, 0, 0),
        Op::Binary(o, inplace) => (20, crate::vm_ops::binop_index(&o), b(inplace), 0),
        Op::Unary(o) => (21, unary_index(o), 0, 0),
        Op::Compare(o) => (22, cmp_index(o), 0, 0),
        Op::Pop => (23, 0, 0, 0),
        Op::Dup => (24, 0, 0, 0),
        Op::Dup2 => (25, 0, 0, 0),
        Op::Rot2 => (26, 0, 0, 0),
        Op::Rot3 => (27, 0, 0, 0),
        Op::Jump(a) => (28, a, 0, 0),
        Op::PopJumpIfFalse(a) => (29, a, 0, 0),
        Op::PopJumpIfTrue(a) => (30, a, 0, 0),
        Op::JumpIfFalseOrPop(a) => (31, a, 0, 0),
        Op::JumpIfTrueOrPop(a) => (32, a, 0, 0),
        Op::GetIter => (33, 0, 0, 0),
        Op::OwnIter => (34, 0, 0, 0),
        Op::PopIter => (35, 0, 0, 0),
        Op::ForIter(a) => (36, a, 0, 0),
        Op::Send(a) => (37, a, 0, 0),
        Op::Call(a) => (38, a, 0, 0),
        Op::CallKw(a, k) => (39, a, k, 0),
        Op::CallEx(x) => (40, b(x), 0, 0),
        Op::ListExtend(a) => (41, a, 0, 0),
        Op::DictMerge(a) => (42, a, 0, 0),
        Op::ListToTuple => (43, 0, 0, 0),
        Op::ListToSet => (44, 0, 0, 0),
        Op::MapAdd(a) => (45, a, 0, 0),
        Op::SetAdd(a) => (46, a, 0, 0),
        Op::BuildSet(a) => (47, a, 0, 0),
        Op::BuildConstSet(a, f) => (48, a, b(f), 0),
        Op::UnpackEx(a, c) => (49, a, c, 0),
        Op::SetupTry(a) => (50, a, 0, 0),
        Op::PopBlock => (51, 0, 0, 0),
        Op::PopExcept => (52, 0, 0, 0),
        Op::Reraise => (53, 0, 0, 0),
        Op::Raise(a) => (54, a, 0, 0),
        Op::CheckExcMatch => (55, 0, 0, 0),
        Op::BuildClass(a, c) => (56, a, c, 0),
        Op::Yield => (57, 0, 0, 0),
        Op::SetupWith(a) => (58, a, 0, 0),
        Op::WithExit => (59, 0, 0, 0),
        Op::WithExceptStart => (60, 0, 0, 0),
        Op::Return => (61, 0, 0, 0),
        Op::BuildList(a) => (62, a, 0, 0),
        Op::BuildTuple(a) => (63, a, 0, 0),
        Op::BuildDict(a) => (64, a, 0, 0),
        Op::BuildSlice => (65, 0, 0, 0),
        Op::BuildString(a) => (66, a, 0, 0),
        Op::FormatValue(c, a) => (67, c as u32 as usize, a, 0),
        Op::Subscr => (68, 0, 0, 0),
        Op::StoreSubscr => (69, 0, 0, 0),
        Op::DeleteSubscr => (70, 0, 0, 0),
        Op::UnpackSequence(a) => (71, a, 0, 0),
        Op::MakeFunction(c, n, f) => (72, c, n, f as usize),
        Op::ListAppend(a) => (73, a, 0, 0),
        Op::CompEnter(k) => (74, k as usize, 0, 0),
        Op::CompExit => (75, 0, 0, 0),
        Op::ImportName(c, level, f) => (76, c, level, b(f)),
        Op::ImportFrom(a) => (77, a, 0, 0),
        Op::ImportStar => (78, 0, 0, 0),
        Op::RaiseAssert(x) => (79, b(x), 0, 0),
        Op::MatchSeq(a, c) => (80, a, c, 0),
        Op::MatchMap(a, f) => (81, a, b(f), 0),
        Op::MatchClass(a, c) => (82, a, c, 0),
        Op::ExcStar(a) => (83, a, 0, 0),
        Op::Async(k, a) => (84, k as usize, a, 0),
    }
}

/// The instruction with tag `t` and fields `a`, `b2`, `c`; None for an
/// unknown tag or operator index.
pub fn op_from(t: u8, a: usize, b2: usize, c: usize) -> Option<Op> {
    let op = match t {
        0 => Op::LoadConst(a),
        1 => Op::LoadFast(a),
        2 => Op::StoreFast(a),
        3 => Op::DeleteFast(a),
        4 => Op::LoadGlobal(a),
        5 => Op::StoreGlobal(a),
        6 => Op::DeleteGlobal(a),
        7 => Op::LoadDeref(a),
        8 => Op::StoreDeref(a),
        9 => Op::DeleteDeref(a),
        10 => Op::LoadClosure(a),
        11 => Op::MakeCell(a),
        12 => Op::LoadName(a, b2),
        13 => Op::StoreName(a),
        14 => Op::DeleteName(a),
        15 => Op::LoadAttr(a),
        16 => Op::LoadMethod(a),
        17 => Op::CallMethod(a, b2, c),
        18 => Op::StoreAttr(a),
        19 => Op::DeleteAttr(a),
        20 => Op::Binary(binop_at(a)?, b2 != 0),
        21 => Op::Unary(unary_at(a)?),
        22 => Op::Compare(cmp_at(a)?),
        23 => Op::Pop,
        24 => Op::Dup,
        25 => Op::Dup2,
        26 => Op::Rot2,
        27 => Op::Rot3,
        28 => Op::Jump(a),
        29 => Op::PopJumpIfFalse(a),
        30 => Op::PopJumpIfTrue(a),
        31 => Op::JumpIfFalseOrPop(a),
        32 => Op::JumpIfTrueOrPop(a),
        33 => Op::GetIter,
        34 => Op::OwnIter,
        35 => Op::PopIter,
        36 => Op::ForIter(a),
        37 => Op::Send(a),
        38 => Op::Call(a),
        39 => Op::CallKw(a, b2),
        40 => Op::CallEx(a != 0),
        41 => Op::ListExtend(a),
        42 => Op::DictMerge(a),
        43 => Op::ListToTuple,
        44 => Op::ListToSet,
        45 => Op::MapAdd(a),
        46 => Op::SetAdd(a),
        47 => Op::BuildSet(a),
        48 => Op::BuildConstSet(a, b2 != 0),
        49 => Op::UnpackEx(a, b2),
        50 => Op::SetupTry(a),
        51 => Op::PopBlock,
        52 => Op::PopExcept,
        53 => Op::Reraise,
        54 => Op::Raise(a),
        55 => Op::CheckExcMatch,
        56 => Op::BuildClass(a, b2),
        57 => Op::Yield,
        58 => Op::SetupWith(a),
        59 => Op::WithExit,
        60 => Op::WithExceptStart,
        61 => Op::Return,
        62 => Op::BuildList(a),
        63 => Op::BuildTuple(a),
        64 => Op::BuildDict(a),
        65 => Op::BuildSlice,
        66 => Op::BuildString(a),
        67 => Op::FormatValue(char::from_u32(a as u32)?, b2),
        68 => Op::Subscr,
        69 => Op::StoreSubscr,
        70 => Op::DeleteSubscr,
        71 => Op::UnpackSequence(a),
        72 => Op::MakeFunction(a, b2, c as u8),
        73 => Op::ListAppend(a),
        74 => Op::CompEnter(a as u8),
        75 => Op::CompExit,
        76 => Op::ImportName(a, b2, c != 0),
        77 => Op::ImportFrom(a),
        78 => Op::ImportStar,
        79 => Op::RaiseAssert(a != 0),
        80 => Op::MatchSeq(a, b2),
        81 => Op::MatchMap(a, b2 != 0),
        82 => Op::MatchClass(a, b2),
        83 => Op::ExcStar(a),
        84 => Op::Async(a as u8, b2),
        _ => return None,
    };
    Some(op)
}
