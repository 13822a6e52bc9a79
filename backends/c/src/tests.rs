//! Unit tests: hand-built modules, checked as text and (when a C compiler is available) by
//! compiling and running the emitted C against a stub runtime.

use super::*;
use pyrite_ir::verify::verify_module;
use pyrite_ir::*;
use std::path::PathBuf;
use std::process::Command;

// ---------------------------------------------------------------------------------------
// Graph-building helpers.

fn i8t() -> LType {
    LType::int(8, true)
}
fn i16t() -> LType {
    LType::int(16, true)
}
fn i32t() -> LType {
    LType::int(32, true)
}
fn i64t() -> LType {
    LType::int(64, true)
}
fn u8t() -> LType {
    LType::int(8, false)
}
fn u32t() -> LType {
    LType::int(32, false)
}
fn u64t() -> LType {
    LType::int(64, false)
}
fn ci(v: i128, t: LType) -> Value {
    Value::Const(Const::Int(v, t))
}
fn cf(x: f64) -> Value {
    Value::Const(Const::F64(x))
}
fn vv(v: Var) -> Value {
    Value::Var(v)
}

fn set_params(g: &mut Graph, b: BlockId, tys: &[LType]) -> Vec<Var> {
    let vs: Vec<Var> = tys.iter().map(|t| g.new_var(t.clone())).collect();
    g.cfg[b].params = vs.clone();
    vs
}
fn op(g: &mut Graph, b: BlockId, ty: LType, kind: OpKind) -> Var {
    let r = g.new_var(ty);
    g.cfg[b].ops.push(Op { result: Some(r), kind });
    r
}
fn eff(g: &mut Graph, b: BlockId, kind: OpKind) {
    g.cfg[b].ops.push(Op { result: None, kind });
}
fn goto(g: &mut Graph, from: BlockId, to: BlockId, args: Vec<Value>) {
    g.cfg[from].exit = Exit::Goto;
    g.add_link(from, to, ExitCase::Always, args);
}
fn ret(g: &mut Graph, b: BlockId, v: Value) {
    g.cfg[b].exit = Exit::Return(v);
}

/// A one-block function: `body` gets the entry block and its parameters and returns the
/// value to return.
fn simple_fn(
    name: &str,
    params: Vec<LType>,
    ret_ty: LType,
    body: impl FnOnce(&mut Graph, BlockId, &[Var]) -> Value,
) -> Function {
    let mut g = Graph::new();
    let e = g.entry;
    let ps = set_params(&mut g, e, &params);
    let r = body(&mut g, e, &ps);
    ret(&mut g, e, r);
    Function { name: name.to_string(), sig: Sig { params, ret: ret_ty }, graph: g }
}

fn binop_fn(name: &str, o: BinOp, t: LType) -> Function {
    let cmp = matches!(o, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
    let rt = if cmp { LType::Bool } else { t.clone() };
    let rt2 = rt.clone();
    simple_fn(name, vec![t.clone(), t], rt, move |g, b, p| vv(op(g, b, rt2, OpKind::Bin(o, vv(p[0]), vv(p[1])))))
}

fn unop_fn(name: &str, o: UnOp, t: LType) -> Function {
    let t2 = t.clone();
    simple_fn(name, vec![t.clone()], t, move |g, b, p| vv(op(g, b, t2, OpKind::Un(o, vv(p[0])))))
}

fn cast_fn(name: &str, from: LType, to: LType) -> Function {
    let to2 = to.clone();
    simple_fn(name, vec![from], to, move |g, b, p| vv(op(g, b, to2.clone(), OpKind::Cast(vv(p[0]), to2))))
}

fn i128t() -> LType {
    LType::int(128, true)
}

/// `((a as u128) * (a as u128) >> 64) as u64`.
fn u128_square_hi_fn() -> Function {
    let u128t = LType::int(128, false);
    simple_fn("u128_square_hi", vec![u64t()], u64t(), move |g, b, p| {
        let x = op(g, b, u128t.clone(), OpKind::Cast(vv(p[0]), u128t.clone()));
        let sq = op(g, b, u128t.clone(), OpKind::Bin(BinOp::Mul, vv(x), vv(x)));
        let hi = op(g, b, u128t.clone(), OpKind::Bin(BinOp::Shr, vv(sq), ci(64, u128t.clone())));
        vv(op(g, b, u64t(), OpKind::Cast(vv(hi), u64t())))
    })
}

/// `match x: i128 { i128::MIN => 1, 1 << 100 => 2, _ => 0 }`.
fn classify128_fn() -> Function {
    let mut g = Graph::new();
    let e = g.entry;
    let x = set_params(&mut g, e, &[i128t()])[0];
    let join = g.add_block();
    g.cfg[e].exit = Exit::Switch(vv(x));
    g.add_link(e, join, ExitCase::Case(i128::MIN), vec![ci(1, i32t())]);
    g.add_link(e, join, ExitCase::Case(1 << 100), vec![ci(2, i32t())]);
    g.add_link(e, join, ExitCase::Default, vec![ci(0, i32t())]);
    let r = set_params(&mut g, join, &[i32t()])[0];
    ret(&mut g, join, vv(r));
    Function { name: "classify128".into(), sig: Sig { params: vec![i128t()], ret: i32t() }, graph: g }
}

fn add_fn() -> Function {
    binop_fn("demo::add", BinOp::Add, i32t())
}

/// `fn sum_to(n: i32) -> i32 { let mut acc = 0; let mut i = 1; while i <= n { acc += i; i += 1 } acc }`
fn sum_to_fn() -> Function {
    let mut g = Graph::new();
    let entry = g.entry;
    let n = set_params(&mut g, entry, &[i32t()])[0];
    let head = g.add_block();
    let body = g.add_block();
    let done = g.add_block();
    goto(&mut g, entry, head, vec![ci(1, i32t()), ci(0, i32t()), vv(n)]);
    let hp = set_params(&mut g, head, &[i32t(), i32t(), i32t()]);
    let c = op(&mut g, head, LType::Bool, OpKind::Bin(BinOp::Le, vv(hp[0]), vv(hp[2])));
    g.cfg[head].exit = Exit::If(vv(c));
    g.add_link(head, body, ExitCase::True, vec![vv(hp[0]), vv(hp[1]), vv(hp[2])]);
    g.add_link(head, done, ExitCase::False, vec![vv(hp[1])]);
    let bp = set_params(&mut g, body, &[i32t(), i32t(), i32t()]);
    let acc = op(&mut g, body, i32t(), OpKind::Bin(BinOp::Add, vv(bp[1]), vv(bp[0])));
    let i2 = op(&mut g, body, i32t(), OpKind::Bin(BinOp::Add, vv(bp[0]), ci(1, i32t())));
    goto(&mut g, body, head, vec![vv(i2), vv(acc), vv(bp[2])]);
    let dp = set_params(&mut g, done, &[i32t()]);
    ret(&mut g, done, vv(dp[0]));
    Function { name: "demo::sum_to".into(), sig: Sig { params: vec![i32t()], ret: i32t() }, graph: g }
}

/// Fibonacci with a self-loop whose link permutes the block's own parameters:
/// `L(a, b, k): s = a + b; k1 = k - 1; if k == 0 { return a } else { L(b, s, k1) }`.
fn fib_fn() -> Function {
    let mut g = Graph::new();
    let entry = g.entry;
    let n = set_params(&mut g, entry, &[u32t()])[0];
    let l = g.add_block();
    let r = g.add_block();
    goto(&mut g, entry, l, vec![ci(0, u64t()), ci(1, u64t()), vv(n)]);
    let p = set_params(&mut g, l, &[u64t(), u64t(), u32t()]);
    let s = op(&mut g, l, u64t(), OpKind::Bin(BinOp::Add, vv(p[0]), vv(p[1])));
    let k1 = op(&mut g, l, u32t(), OpKind::Bin(BinOp::Sub, vv(p[2]), ci(1, u32t())));
    let z = op(&mut g, l, LType::Bool, OpKind::Bin(BinOp::Eq, vv(p[2]), ci(0, u32t())));
    g.cfg[l].exit = Exit::If(vv(z));
    g.add_link(l, r, ExitCase::True, vec![vv(p[0])]);
    g.add_link(l, l, ExitCase::False, vec![vv(p[1]), vv(s), vv(k1)]);
    let rp = set_params(&mut g, r, &[u64t()]);
    ret(&mut g, r, vv(rp[0]));
    Function { name: "demo::fib".into(), sig: Sig { params: vec![u32t()], ret: u64t() }, graph: g }
}

/// A pure swap loop: `L(a, b, k): if k == 0 { return a - b } else { L(b, a, k - 1) }`.
fn swap_fn() -> Function {
    let mut g = Graph::new();
    let entry = g.entry;
    let ps = set_params(&mut g, entry, &[i32t(), i32t(), i32t()]);
    let l = g.add_block();
    let r = g.add_block();
    goto(&mut g, entry, l, ps.iter().map(|p| vv(*p)).collect());
    let p = set_params(&mut g, l, &[i32t(), i32t(), i32t()]);
    let k1 = op(&mut g, l, i32t(), OpKind::Bin(BinOp::Sub, vv(p[2]), ci(1, i32t())));
    let z = op(&mut g, l, LType::Bool, OpKind::Bin(BinOp::Eq, vv(p[2]), ci(0, i32t())));
    g.cfg[l].exit = Exit::If(vv(z));
    g.add_link(l, r, ExitCase::True, vec![vv(p[0]), vv(p[1])]);
    g.add_link(l, l, ExitCase::False, vec![vv(p[1]), vv(p[0]), vv(k1)]);
    let rp = set_params(&mut g, r, &[i32t(), i32t()]);
    let d = op(&mut g, r, i32t(), OpKind::Bin(BinOp::Sub, vv(rp[0]), vv(rp[1])));
    ret(&mut g, r, vv(d));
    Function {
        name: "demo::swap_loop".into(),
        sig: Sig { params: vec![i32t(), i32t(), i32t()], ret: i32t() },
        graph: g,
    }
}

/// Struct 0 is `Point { x: i32, tag: (), y: i32 }`.
fn point_struct() -> StructDef {
    StructDef {
        name: "demo::Point".into(),
        kind: StructKind::Struct,
        fields: vec![("x".into(), i32t()), ("tag".into(), LType::Unit), ("y".into(), i32t())],
    }
}

/// `fn point(x, y) -> i32 { let p = Point { x, tag: (), y }; p.x * 10 + p.y }`, through a slot.
fn point_fn() -> Function {
    let pt = LType::Struct(StructId(0));
    let mut g = Graph::new();
    g.slots.push(pt.clone());
    let e = g.entry;
    let p = set_params(&mut g, e, &[i32t(), i32t()]);
    let a = op(&mut g, e, LType::ptr(pt.clone()), OpKind::SlotAddr(SlotId(0)));
    let fx = op(&mut g, e, LType::ptr(i32t()), OpKind::FieldAddr(vv(a), 0));
    eff(&mut g, e, OpKind::Store(vv(fx), vv(p[0])));
    let ft = op(&mut g, e, LType::void_ptr(), OpKind::FieldAddr(vv(a), 1));
    eff(&mut g, e, OpKind::Store(vv(ft), Value::Const(Const::Unit)));
    let fy = op(&mut g, e, LType::ptr(i32t()), OpKind::FieldAddr(vv(a), 2));
    eff(&mut g, e, OpKind::Store(vv(fy), vv(p[1])));
    // Copy the whole struct by value into a variable and back into memory, then read it.
    let whole = op(&mut g, e, pt.clone(), OpKind::Load(vv(a)));
    let heap = op(&mut g, e, LType::ptr(pt.clone()), OpKind::Malloc(pt.clone(), ci(1, u64t())));
    eff(&mut g, e, OpKind::Store(vv(heap), vv(whole)));
    let hx = op(&mut g, e, LType::ptr(i32t()), OpKind::FieldAddr(vv(heap), 0));
    let hy = op(&mut g, e, LType::ptr(i32t()), OpKind::FieldAddr(vv(heap), 2));
    let x = op(&mut g, e, i32t(), OpKind::Load(vv(hx)));
    let y = op(&mut g, e, i32t(), OpKind::Load(vv(hy)));
    let _unit = op(&mut g, e, LType::Unit, OpKind::Load(vv(ft)));
    let x10 = op(&mut g, e, i32t(), OpKind::Bin(BinOp::Mul, vv(x), ci(10, i32t())));
    let s = op(&mut g, e, i32t(), OpKind::Bin(BinOp::Add, vv(x10), vv(y)));
    ret(&mut g, e, vv(s));
    Function { name: "demo::point".into(), sig: Sig { params: vec![i32t(), i32t()], ret: i32t() }, graph: g }
}

/// `match x { 1 => 10, 2 => 20, -1 => 99, _ => 0 }` as a switch into a join block.
fn classify_fn() -> Function {
    let mut g = Graph::new();
    let e = g.entry;
    let x = set_params(&mut g, e, &[i32t()])[0];
    let join = g.add_block();
    let other = g.add_block();
    g.cfg[e].exit = Exit::Switch(vv(x));
    g.add_link(e, join, ExitCase::Case(1), vec![ci(10, i32t())]);
    g.add_link(e, join, ExitCase::Case(2), vec![ci(20, i32t())]);
    g.add_link(e, join, ExitCase::Case(-1), vec![ci(99, i32t())]);
    g.add_link(e, other, ExitCase::Default, vec![]);
    goto(&mut g, other, join, vec![ci(0, i32t())]);
    let r = set_params(&mut g, join, &[i32t()])[0];
    ret(&mut g, join, vv(r));
    Function { name: "demo::classify".into(), sig: Sig { params: vec![i32t()], ret: i32t() }, graph: g }
}

fn externs() -> Vec<ExternFn> {
    let unit_fn = |name: &str, params: Vec<LType>, noreturn| ExternFn {
        name: name.into(),
        sig: Sig { params, ret: LType::Unit },
        noreturn,
    };
    vec![
        unit_fn("pyr_write_out", vec![LType::ptr(u8t()), u64t()], false),
        unit_fn("pyr_exit", vec![i32t()], true),
        unit_fn("pyr_test_put_i64", vec![i64t()], false),
        unit_fn("pyr_test_put_u64", vec![u64t()], false),
        unit_fn("pyr_test_put_f64", vec![LType::F64], false),
    ]
}
const E_WRITE: ExternId = ExternId(0);
const E_EXIT: ExternId = ExternId(1);
const E_PUT_I64: ExternId = ExternId(2);
const E_PUT_U64: ExternId = ExternId(3);
const E_PUT_F64: ExternId = ExternId(4);

/// Emits a call printing `v` (of type `t`) on its own line, and records the expected text.
fn print(g: &mut Graph, b: BlockId, v: Value, t: &LType, expected: &mut Vec<String>, want: &str) {
    match t {
        LType::Int { bits: 64, signed: false } => eff(g, b, OpKind::Call(Callee::Extern(E_PUT_U64), vec![v])),
        LType::F64 => eff(g, b, OpKind::Call(Callee::Extern(E_PUT_F64), vec![v])),
        _ => {
            let w = op(g, b, i64t(), OpKind::Cast(v, i64t()));
            eff(g, b, OpKind::Call(Callee::Extern(E_PUT_I64), vec![vv(w)]));
        }
    }
    expected.push(want.to_string());
}

/// A module exercising most of the backend, and the output its `main` must print.
/// `main` ends by calling the noreturn `pyr_exit(3)`.
fn big_module() -> (Module, String) {
    let mut m = Module::default();
    m.externs = externs();
    m.structs.push(point_struct()); // S0
    let binfn_sig = Sig { params: vec![i32t(), i32t()], ret: i32t() };
    // S1: a vtable of two binary functions; S2: a union; S3 contains S4 by value (S4 defined
    // later, so the header must reorder them), S4 contains an array of S0.
    m.structs.push(StructDef {
        name: "demo::VTable".into(),
        kind: StructKind::Struct,
        fields: vec![
            ("add".into(), LType::FnPtr(Box::new(binfn_sig.clone()))),
            ("mul".into(), LType::FnPtr(Box::new(binfn_sig.clone()))),
            ("erased".into(), LType::void_ptr()),
        ],
    });
    m.structs.push(StructDef {
        name: "demo::Bits".into(),
        kind: StructKind::Union,
        fields: vec![("i".into(), i64t()), ("f".into(), LType::F64)],
    });
    m.structs.push(StructDef {
        name: "demo::Outer".into(),
        kind: StructKind::Struct,
        fields: vec![("inner".into(), LType::Struct(StructId(4))), ("n".into(), u8t())],
    });
    m.structs.push(StructDef {
        name: "demo::Inner<[Point; 2]>".into(),
        kind: StructKind::Struct,
        fields: vec![("pts".into(), LType::Array(Box::new(LType::Struct(StructId(0))), 2))],
    });

    let mut fs: Vec<Function> = Vec::new();
    fs.push(add_fn()); // 0
    fs.push(sum_to_fn()); // 1
    fs.push(fib_fn()); // 2
    fs.push(point_fn()); // 3
    fs.push(classify_fn()); // 4
    fs.push(simple_fn("demo::noop", vec![LType::Unit], LType::Unit, |_, _, _| Value::Const(Const::Unit))); // 5
    fs.push(binop_fn("mul_i32", BinOp::Mul, i32t())); // 6
    fs.push(swap_fn()); // 7

    // Globals: a byte string, the vtable, a u32 array.
    m.globals.push(Global {
        name: "str.hello".into(),
        ty: LType::Array(Box::new(u8t()), 6),
        init: GlobalInit::Bytes(b"hello\n".to_vec()),
    });
    m.globals.push(Global {
        name: "vtable<demo::Ops>".into(),
        ty: LType::Struct(StructId(1)),
        init: GlobalInit::Fields(vec![
            Const::FuncAddr(FuncId(0)),
            Const::FuncAddr(FuncId(6)),
            Const::FuncAddr(FuncId(5)),
        ]),
    });
    m.globals.push(Global {
        name: "TABLE".into(),
        ty: LType::Array(Box::new(u32t()), 3),
        init: GlobalInit::Fields(vec![Const::Int(7, u32t()), Const::Int(-1, u32t()), Const::Int(9, u32t())]),
    });

    let mut exp: Vec<String> = vec!["hello".into()];
    let mut g = Graph::new();
    let b = g.entry;
    g.slots.push(LType::Struct(StructId(2))); // slot0: union
    g.slots.push(LType::Array(Box::new(i32t()), 3)); // slot1: array
    g.slots.push(LType::Struct(StructId(3))); // slot2: Outer
    g.slots.push(LType::Unit); // slot3

    // hello
    let arr = LType::Array(Box::new(u8t()), 6);
    let p = op(
        &mut g,
        b,
        LType::ptr(u8t()),
        OpKind::PtrCast(Value::Const(Const::GlobalAddr(GlobalId(0))), LType::ptr(u8t())),
    );
    eff(&mut g, b, OpKind::Call(Callee::Extern(E_WRITE), vec![vv(p), ci(6, u64t())]));
    let _ = arr;

    // Direct calls with expected results.
    let call = |g: &mut Graph, f: usize, args: Vec<Value>, rt: LType, want: &str, exp: &mut Vec<String>| {
        let r = op(g, b, rt.clone(), OpKind::Call(Callee::Func(FuncId(f as u32)), args));
        print(g, b, vv(r), &rt, exp, want);
    };
    call(&mut g, 0, vec![ci(2, i32t()), ci(40, i32t())], i32t(), "42", &mut exp);
    call(&mut g, 0, vec![ci(i32::MAX as i128, i32t()), ci(1, i32t())], i32t(), "-2147483648", &mut exp);
    call(&mut g, 1, vec![ci(10, i32t())], i32t(), "55", &mut exp);
    call(&mut g, 2, vec![ci(90, u32t())], u64t(), "2880067194370816120", &mut exp);
    call(&mut g, 3, vec![ci(4, i32t()), ci(2, i32t())], i32t(), "42", &mut exp);
    for (x, want) in [(1, "10"), (2, "20"), (-1, "99"), (7, "0")] {
        call(&mut g, 4, vec![ci(x, i32t())], i32t(), want, &mut exp);
    }
    call(&mut g, 7, vec![ci(1, i32t()), ci(2, i32t()), ci(3, i32t())], i32t(), "1", &mut exp);
    call(&mut g, 7, vec![ci(1, i32t()), ci(2, i32t()), ci(4, i32t())], i32t(), "-1", &mut exp);
    // A unit call: the unit argument and result vanish.
    let _u = op(&mut g, b, LType::Unit, OpKind::Call(Callee::Func(FuncId(5)), vec![Value::Const(Const::Unit)]));

    // Operators, each through a function so the C compiler cannot fold them.
    let mut next_fn = fs.len();
    let mut tests: Vec<(Function, Vec<Value>, &str)> = vec![
        (binop_fn("add_i8", BinOp::Add, i8t()), vec![ci(127, i8t()), ci(1, i8t())], "-128"),
        (binop_fn("mul_u8", BinOp::Mul, u8t()), vec![ci(200, u8t()), ci(200, u8t())], "64"),
        (
            binop_fn("mul_u16", BinOp::Mul, LType::int(16, false)),
            vec![ci(65535, LType::int(16, false)), ci(65535, LType::int(16, false))],
            "1",
        ),
        (binop_fn("mul_i16", BinOp::Mul, i16t()), vec![ci(-32768, i16t()), ci(-1, i16t())], "-32768"),
        (binop_fn("sub_u32", BinOp::Sub, u32t()), vec![ci(0, u32t()), ci(1, u32t())], "4294967295"),
        (binop_fn("mul_i64", BinOp::Mul, i64t()), vec![ci(i64::MAX as i128, i64t()), ci(2, i64t())], "-2"),
        (binop_fn("add_u64", BinOp::Add, u64t()), vec![ci(u64::MAX as i128, u64t()), ci(2, u64t())], "1"),
        (binop_fn("shl_i32", BinOp::Shl, i32t()), vec![ci(1, i32t()), ci(31, i32t())], "-2147483648"),
        (binop_fn("shl_u8", BinOp::Shl, u8t()), vec![ci(0xff, u8t()), ci(4, u8t())], "240"),
        (binop_fn("shr_i32", BinOp::Shr, i32t()), vec![ci(-16, i32t()), ci(2, i32t())], "-4"),
        (binop_fn("shr_i8", BinOp::Shr, i8t()), vec![ci(-128, i8t()), ci(7, i8t())], "-1"),
        (binop_fn("shr_u8", BinOp::Shr, u8t()), vec![ci(-1, u8t()), ci(4, u8t())], "15"),
        (binop_fn("div_i32", BinOp::Div, i32t()), vec![ci(-7, i32t()), ci(2, i32t())], "-3"),
        (binop_fn("rem_i32", BinOp::Rem, i32t()), vec![ci(-7, i32t()), ci(2, i32t())], "-1"),
        (binop_fn("div_u8", BinOp::Div, u8t()), vec![ci(250, u8t()), ci(3, u8t())], "83"),
        (
            binop_fn("xor_i64", BinOp::Xor, i64t()),
            vec![ci(i64::MIN as i128, i64t()), ci(-1, i64t())],
            "9223372036854775807",
        ),
        (binop_fn("and_u32", BinOp::And, u32t()), vec![ci(0xF0F0, u32t()), ci(0xFF00, u32t())], "61440"),
        (binop_fn("or_i8", BinOp::Or, i8t()), vec![ci(0x40, i8t()), ci(-128, i8t())], "-64"),
        (binop_fn("lt_u32", BinOp::Lt, u32t()), vec![ci(1, u32t()), ci(u32::MAX as i128, u32t())], "1"),
        (binop_fn("lt_i32", BinOp::Lt, i32t()), vec![ci(-1, i32t()), ci(1, i32t())], "1"),
        (binop_fn("ge_i8", BinOp::Ge, i8t()), vec![ci(-128, i8t()), ci(127, i8t())], "0"),
        (
            binop_fn("ne_bool", BinOp::Ne, LType::Bool),
            vec![Value::Const(Const::Bool(true)), Value::Const(Const::Bool(false))],
            "1",
        ),
        (
            binop_fn("xor_bool", BinOp::Xor, LType::Bool),
            vec![Value::Const(Const::Bool(true)), Value::Const(Const::Bool(true))],
            "0",
        ),
        (unop_fn("neg_i32", UnOp::Neg, i32t()), vec![ci(i32::MIN as i128, i32t())], "-2147483648"),
        (unop_fn("neg_i8", UnOp::Neg, i8t()), vec![ci(5, i8t())], "-5"),
        (unop_fn("not_u8", UnOp::Not, u8t()), vec![ci(0x0f, u8t())], "240"),
        (unop_fn("not_i64", UnOp::Not, i64t()), vec![ci(0, i64t())], "-1"),
        (unop_fn("not_bool", UnOp::Not, LType::Bool), vec![Value::Const(Const::Bool(true))], "0"),
        (unop_fn("neg_f64", UnOp::Neg, LType::F64), vec![cf(0.0)], "-0"),
        (binop_fn("rem_f64", BinOp::Rem, LType::F64), vec![cf(7.5), cf(2.0)], "1.5"),
        (binop_fn("add_f64", BinOp::Add, LType::F64), vec![cf(0.1), cf(0.2)], "0.30000000000000004"),
        (binop_fn("div_f64", BinOp::Div, LType::F64), vec![cf(1.0), cf(3.0)], "0.33333333333333331"),
        (binop_fn("lt_f64", BinOp::Lt, LType::F64), vec![cf(f64::NAN), cf(1.0)], "0"),
        (binop_fn("mul_f64", BinOp::Mul, LType::F64), vec![cf(5e-324), cf(1.0)], "4.9406564584124654e-324"),
        (binop_fn("sub_f64", BinOp::Sub, LType::F64), vec![cf(f64::INFINITY), cf(1.0)], "inf"),
        (
            binop_fn("add2_f64", BinOp::Add, LType::F64),
            vec![cf(-1.7976931348623157e308), cf(0.0)],
            "-1.7976931348623157e+308",
        ),
        (cast_fn("f2i32", LType::F64, i32t()), vec![cf(1e20)], "2147483647"),
        (cast_fn("f2i32", LType::F64, i32t()), vec![cf(f64::NAN)], "0"),
        (cast_fn("f2i32", LType::F64, i32t()), vec![cf(-2147483648.9)], "-2147483648"),
        (cast_fn("f2u8", LType::F64, u8t()), vec![cf(-1.5)], "0"),
        (cast_fn("f2u8", LType::F64, u8t()), vec![cf(300.7)], "255"),
        (cast_fn("f2u8", LType::F64, u8t()), vec![cf(254.9)], "254"),
        (cast_fn("f2i64", LType::F64, i64t()), vec![cf(-1e300)], "-9223372036854775808"),
        (cast_fn("f2i64", LType::F64, i64t()), vec![cf(-7.9)], "-7"),
        (cast_fn("f2i64", LType::F64, i64t()), vec![cf(9.3e18)], "9223372036854775807"),
        (cast_fn("f2u64", LType::F64, u64t()), vec![cf(1.8446744073709552e19)], "18446744073709551615"),
        (cast_fn("f2u64", LType::F64, u64t()), vec![cf(f64::NEG_INFINITY)], "0"),
        (cast_fn("i2f", i64t(), LType::F64), vec![ci(-123, i64t())], "-123"),
        (cast_fn("u2f", u64t(), LType::F64), vec![ci(u64::MAX as i128, u64t())], "1.8446744073709552e+19"),
        (cast_fn("i32_to_u8", i32t(), u8t()), vec![ci(-1, i32t())], "255"),
        (cast_fn("i8_to_u64", i8t(), u64t()), vec![ci(-1, i8t())], "18446744073709551615"),
        (cast_fn("u64_to_i16", u64t(), i16t()), vec![ci(0x18000, u64t())], "-32768"),
        (cast_fn("bool_to_i32", LType::Bool, i32t()), vec![Value::Const(Const::Bool(true))], "1"),
        (simple_fn("i64min", vec![], i64t(), |_, _, _| ci(i64::MIN as i128, i64t())), vec![], "-9223372036854775808"),
        (simple_fn("i32min", vec![], i32t(), |_, _, _| ci(i32::MIN as i128, i32t())), vec![], "-2147483648"),
        (simple_fn("i64big", vec![], i64t(), |_, _, _| ci(-5_000_000_000, i64t())), vec![], "-5000000000"),
        (simple_fn("u64max", vec![], u64t(), |_, _, _| ci(-1, u64t())), vec![], "18446744073709551615"),
        (simple_fn("fconst", vec![], LType::F64, |_, _, _| cf(-0.1)), vec![], "-0.10000000000000001"),
        (simple_fn("fnan", vec![], LType::F64, |_, _, _| cf(f64::NAN)), vec![], "nan"),
        // 128-bit integers (GNU __int128).
        (u128_square_hi_fn(), vec![ci(u64::MAX as i128, u64t())], "18446744073709551614"),
        (classify128_fn(), vec![ci(i128::MIN, i128t())], "1"),
        (classify128_fn(), vec![ci(1 << 100, i128t())], "2"),
        (classify128_fn(), vec![ci(5, i128t())], "0"),
        (cast_fn("f2i128", LType::F64, i128t()), vec![cf(1e40)], "-1"),
        (cast_fn("f2i128", LType::F64, i128t()), vec![cf(-1e40)], "0"),
        (cast_fn("f2i128", LType::F64, i128t()), vec![cf(-3.9)], "-3"),
        (cast_fn("f2u128", LType::F64, LType::int(128, false)), vec![cf(1e40)], "-1"),
        (cast_fn("i128_to_f64", i128t(), LType::F64), vec![ci(1 << 100, i128t())], "1.2676506002282294e+30"),
        (simple_fn("i128max", vec![], i128t(), |_, _, _| ci(i128::MAX, i128t())), vec![], "-1"),
    ];
    for (f, args, want) in tests.drain(..) {
        let rt = f.sig.ret.clone();
        fs.push(f);
        let id = next_fn;
        next_fn += 1;
        call(&mut g, id, args, rt, want, &mut exp);
    }

    // Vtable: load the `mul` field of the global and call through it.
    let vt = Value::Const(Const::GlobalAddr(GlobalId(1)));
    let fnty = LType::FnPtr(Box::new(binfn_sig.clone()));
    let fa = op(&mut g, b, LType::ptr(fnty.clone()), OpKind::FieldAddr(vt.clone(), 1));
    let fp = op(&mut g, b, fnty.clone(), OpKind::Load(vv(fa)));
    let r = op(&mut g, b, i32t(), OpKind::Call(Callee::Indirect(vv(fp)), vec![ci(6, i32t()), ci(7, i32t())]));
    print(&mut g, b, vv(r), &i32t(), &mut exp, "42");
    // Indirect call through a function-address constant.
    let r = op(
        &mut g,
        b,
        i32t(),
        OpKind::Call(Callee::Indirect(Value::Const(Const::FuncAddr(FuncId(0)))), vec![ci(6, i32t()), ci(7, i32t())]),
    );
    print(&mut g, b, vv(r), &i32t(), &mut exp, "13");
    // The erased (void*) field holds the address of `noop`: compare with a FuncAddr cast.
    let ea = op(&mut g, b, LType::ptr(LType::void_ptr()), OpKind::FieldAddr(vt, 2));
    let ev = op(&mut g, b, LType::void_ptr(), OpKind::Load(vv(ea)));
    let noop_ty = LType::FnPtr(Box::new(Sig { params: vec![LType::Unit], ret: LType::Unit }));
    let ef = op(&mut g, b, noop_ty.clone(), OpKind::PtrCast(vv(ev), noop_ty));
    let _ = op(&mut g, b, LType::Unit, OpKind::Call(Callee::Indirect(vv(ef)), vec![Value::Const(Const::Unit)]));

    // Global array of u32: TABLE[1] (initialised with -1 meaning u32::MAX).
    let tp = op(
        &mut g,
        b,
        LType::ptr(u32t()),
        OpKind::PtrCast(Value::Const(Const::GlobalAddr(GlobalId(2))), LType::ptr(u32t())),
    );
    let t1 = op(&mut g, b, LType::ptr(u32t()), OpKind::ElemAddr(vv(tp), ci(1, u64t())));
    let tv = op(&mut g, b, u32t(), OpKind::Load(vv(t1)));
    print(&mut g, b, vv(tv), &u32t(), &mut exp, "4294967295");

    // Heap: p = malloc(i64, 4); p[3] = 77; q = malloc(i64, 4); memcopy(q, p, 4); print q[3].
    let hp = op(&mut g, b, LType::ptr(i64t()), OpKind::Malloc(i64t(), ci(4, u64t())));
    let h3 = op(&mut g, b, LType::ptr(i64t()), OpKind::ElemAddr(vv(hp), ci(3, u64t())));
    eff(&mut g, b, OpKind::Store(vv(h3), ci(77, i64t())));
    let hq = op(&mut g, b, LType::ptr(i64t()), OpKind::Malloc(i64t(), ci(4, u64t())));
    eff(&mut g, b, OpKind::MemCopy(vv(hq), vv(hp), ci(4, u64t())));
    let q3 = op(&mut g, b, LType::ptr(i64t()), OpKind::ElemAddr(vv(hq), ci(3, u64t())));
    let q3v = op(&mut g, b, i64t(), OpKind::Load(vv(q3)));
    print(&mut g, b, vv(q3v), &i64t(), &mut exp, "77");
    let q0 = op(&mut g, b, i64t(), OpKind::Load(vv(hq)));
    print(&mut g, b, vv(q0), &i64t(), &mut exp, "0"); // malloc memory is zeroed
    let _zu = op(&mut g, b, LType::void_ptr(), OpKind::Malloc(LType::Unit, ci(8, u64t())));

    // Union: store 1.0 as f64, read as i64.
    let ua = op(&mut g, b, LType::ptr(LType::Struct(StructId(2))), OpKind::SlotAddr(SlotId(0)));
    let uf = op(&mut g, b, LType::ptr(LType::F64), OpKind::FieldAddr(vv(ua), 1));
    eff(&mut g, b, OpKind::Store(vv(uf), cf(1.0)));
    let ui = op(&mut g, b, LType::ptr(i64t()), OpKind::FieldAddr(vv(ua), 0));
    let uv = op(&mut g, b, i64t(), OpKind::Load(vv(ui)));
    print(&mut g, b, vv(uv), &i64t(), &mut exp, "4607182418800017408");

    // Array in a slot: a[2] = 5 through a cast pointer; copy the array by value; read back.
    let at = LType::Array(Box::new(i32t()), 3);
    let aa = op(&mut g, b, LType::ptr(at.clone()), OpKind::SlotAddr(SlotId(1)));
    let ae = op(&mut g, b, LType::ptr(i32t()), OpKind::PtrCast(vv(aa), LType::ptr(i32t())));
    let a2 = op(&mut g, b, LType::ptr(i32t()), OpKind::ElemAddr(vv(ae), ci(2, u64t())));
    eff(&mut g, b, OpKind::Store(vv(a2), ci(5, i32t())));
    eff(&mut g, b, OpKind::Store(vv(ae), ci(3, i32t())));
    let a1 = op(&mut g, b, LType::ptr(i32t()), OpKind::ElemAddr(vv(ae), ci(1, u64t())));
    eff(&mut g, b, OpKind::Store(vv(a1), ci(4, i32t())));
    let whole = op(&mut g, b, at.clone(), OpKind::Load(vv(aa)));
    let heap_arr = op(&mut g, b, LType::ptr(at.clone()), OpKind::Malloc(at.clone(), ci(1, u64t())));
    eff(&mut g, b, OpKind::Store(vv(heap_arr), vv(whole)));
    let he = op(&mut g, b, LType::ptr(i32t()), OpKind::PtrCast(vv(heap_arr), LType::ptr(i32t())));
    let he2 = op(&mut g, b, LType::ptr(i32t()), OpKind::ElemAddr(vv(he), ci(2, u64t())));
    let hv = op(&mut g, b, i32t(), OpKind::Load(vv(he2)));
    print(&mut g, b, vv(hv), &i32t(), &mut exp, "5");

    // Nested by-value structs: outer.inner.pts[1].y = 8; read it back; unit slot address.
    let oa = op(&mut g, b, LType::ptr(LType::Struct(StructId(3))), OpKind::SlotAddr(SlotId(2)));
    let ia = op(&mut g, b, LType::ptr(LType::Struct(StructId(4))), OpKind::FieldAddr(vv(oa), 0));
    let pat = LType::Array(Box::new(LType::Struct(StructId(0))), 2);
    let pa = op(&mut g, b, LType::ptr(pat.clone()), OpKind::FieldAddr(vv(ia), 0));
    let pe = op(
        &mut g,
        b,
        LType::ptr(LType::Struct(StructId(0))),
        OpKind::PtrCast(vv(pa), LType::ptr(LType::Struct(StructId(0)))),
    );
    let p1 = op(&mut g, b, LType::ptr(LType::Struct(StructId(0))), OpKind::ElemAddr(vv(pe), ci(1, u64t())));
    let py = op(&mut g, b, LType::ptr(i32t()), OpKind::FieldAddr(vv(p1), 2));
    eff(&mut g, b, OpKind::Store(vv(py), ci(8, i32t())));
    let pyv = op(&mut g, b, i32t(), OpKind::Load(vv(py)));
    print(&mut g, b, vv(pyv), &i32t(), &mut exp, "8");
    let _ua = op(&mut g, b, LType::void_ptr(), OpKind::SlotAddr(SlotId(3)));

    // Bool constants through an if with fall-through on both sides.
    let yes = g.add_block();
    let no = g.add_block();
    let fin = g.add_block();
    let c = op(&mut g, b, LType::Bool, OpKind::Bin(BinOp::Lt, ci(1, i32t()), ci(2, i32t())));
    g.cfg[b].exit = Exit::If(vv(c));
    g.add_link(b, yes, ExitCase::True, vec![]);
    g.add_link(b, no, ExitCase::False, vec![]);
    print(&mut g, yes, ci(1, i32t()), &i32t(), &mut exp, "1");
    goto(&mut g, yes, fin, vec![]);
    let pv = op(&mut g, no, i32t(), OpKind::Copy(ci(-99, i32t())));
    let mut dummy = Vec::new();
    print(&mut g, no, vv(pv), &i32t(), &mut dummy, "-99");
    goto(&mut g, no, fin, vec![]);
    eff(&mut g, fin, OpKind::Call(Callee::Extern(E_EXIT), vec![ci(3, i32t())]));
    g.cfg[fin].exit = Exit::Unreachable;

    let main_id = fs.len();
    fs.push(Function { name: "demo::main".into(), sig: Sig { params: vec![], ret: LType::Unit }, graph: g });
    m.functions = fs;
    m.entry = Some(FuncId(main_id as u32));
    let mut out = exp.join("\n");
    out.push('\n');
    (m, out)
}

// ---------------------------------------------------------------------------------------
// Compiling and running.

const STUB_RT_H: &str = r#"#ifndef PYRITE_RT_H
#define PYRITE_RT_H
#include <stdint.h>
#include <stddef.h>
void pyr_write_out(const uint8_t *p, uintptr_t n);
_Noreturn void pyr_exit(int32_t code);
void *pyr_alloc(uintptr_t size);
void *pyr_gc_alloc(uintptr_t size);
void pyr_test_put_i64(int64_t v);
void pyr_test_put_u64(uint64_t v);
void pyr_test_put_f64(double v);
void pyr_main(void);
#endif
"#;

const STUB_RT_C: &str = r#"#include "pyrite_rt.h"
#include <stdio.h>
#include <stdlib.h>
void pyr_write_out(const uint8_t *p, uintptr_t n) { fwrite(p, 1, n, stdout); }
void pyr_exit(int32_t code) { fflush(stdout); exit(code); }
void *pyr_alloc(uintptr_t size) { void *p = calloc(size ? size : 1, 1); if (!p) abort(); return p; }
void *pyr_gc_alloc(uintptr_t size) { return pyr_alloc(size); }
void pyr_test_put_i64(int64_t v) { printf("%lld\n", (long long)v); }
void pyr_test_put_u64(uint64_t v) { printf("%llu\n", (unsigned long long)v); }
void pyr_test_put_f64(double v) { printf("%.17g\n", v); }
int main(void) { pyr_main(); fflush(stdout); return 0; }
"#;

fn have_cc() -> bool {
    Command::new("cc").arg("--version").output().map(|o| o.status.success()).unwrap_or(false)
}

fn write_dir(tag: &str, files: &[CFile]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrite-backend-c-{}-{}", tag, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in files {
        assert!(!f.name.contains('/'));
        std::fs::write(dir.join(&f.name), &f.contents).unwrap();
    }
    dir
}

/// Compiles the files with the stub runtime using strict warnings, runs the program and
/// returns (stdout, exit code, compiler diagnostics). None if there is no C compiler.
fn compile_and_run(tag: &str, files: &[CFile], opt: &str) -> Option<(String, i32, String)> {
    if !have_cc() {
        eprintln!("no C compiler: skipping the compile-and-run part of {}", tag);
        return None;
    }
    let dir = write_dir(&format!("{}{}", tag, opt), files);
    std::fs::write(dir.join("pyrite_rt.h"), STUB_RT_H).unwrap();
    std::fs::write(dir.join("stub_rt.c"), STUB_RT_C).unwrap();
    let mut cmd = Command::new("cc");
    cmd.current_dir(&dir).args([
        "-std=gnu11",
        opt,
        "-Wall",
        "-Wextra",
        "-Wno-unused-label",
        "-Wno-unused-parameter",
        "-Wno-unused-variable",
        "-Wno-unused-but-set-variable",
        "-o",
        "prog",
        "stub_rt.c",
    ]);
    for f in files {
        if f.name.ends_with(".c") {
            cmd.arg(&f.name);
        }
    }
    cmd.arg("-lm");
    let out = cmd.output().expect("running cc");
    let diag = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "C compilation failed in {}:\n{}", dir.display(), diag);
    let run = Command::new(dir.join("prog")).output().expect("running the program");
    let code = run.status.code().unwrap_or(-1);
    let _ = std::fs::remove_dir_all(&dir);
    Some((String::from_utf8_lossy(&run.stdout).to_string(), code, diag))
}

fn file<'a>(files: &'a [CFile], name: &str) -> &'a str {
    &files.iter().find(|f| f.name == name).unwrap_or_else(|| panic!("no file {}", name)).contents
}

// ---------------------------------------------------------------------------------------
// Tests.

#[test]
fn add_text() {
    let mut m = Module::default();
    m.functions.push(add_fn());
    verify_module(&m).unwrap();
    let files = emit_module(&m, &COptions { files: 1 });
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["pyrite_module.h", "globals.c", "module_0.c"]);
    let h = file(&files, "pyrite_module.h");
    assert!(h.contains("int32_t f0_demo_add(int32_t v0, int32_t v1);"), "{}", h);
    assert!(!h.contains("pyr_main"));
    let c = file(&files, "module_0.c");
    assert!(c.contains("#include \"pyrite_rt.h\"\n#include \"pyrite_module.h\""));
    assert!(c.contains("int32_t f0_demo_add(int32_t v0, int32_t v1)\n{\n    int32_t v2;\n\n    v2 = (int32_t)((uint32_t)v0 + (uint32_t)v1);\n    return v2;\n}\n"), "{}", c);
}

#[test]
fn loop_text_and_parallel_assignment() {
    let mut m = Module::default();
    m.functions.push(sum_to_fn());
    m.functions.push(fib_fn());
    m.functions.push(swap_fn());
    verify_module(&m).unwrap();
    let files = emit_module(&m, &COptions { files: 1 });
    let c = file(&files, "module_0.c");
    // sum_to: the entry jumps to the loop head with the initial values.
    assert!(c.contains("    v1 = ((int32_t)1);\n    v2 = ((int32_t)0);\n    v3 = v0;\n"), "{}", c);
    assert!(c.contains("b1:\n    v4 = (v1 <= v3);\n"), "{}", c);
    // swap: the self-loop link (v5, v4, v6) -> (v4, v5, v6) goes through temporaries.
    assert!(c.contains("        {\n            int32_t t3 = v3;\n            int32_t t4 = v4;\n            v3 = t4;\n            v4 = t3;\n            v5 = v6;\n        }\n        goto b1;"), "{}", c);
    // fib: (v2, v4, v5) -> (v1, v2, v3): only v2 is both read and assigned.
    assert!(c.contains("        {\n            uint64_t t2 = v2;\n            v1 = t2;\n            v2 = v4;\n            v3 = v5;\n        }\n        goto b1;"), "{}", c);
}

#[test]
fn struct_slot_text() {
    let mut m = Module::default();
    m.structs.push(point_struct());
    m.functions.push(point_fn());
    verify_module(&m).unwrap();
    let files = emit_module(&m, &COptions { files: 1 });
    let h = file(&files, "pyrite_module.h");
    assert!(h.contains("typedef struct S0_demo_Point S0_demo_Point;"), "{}", h);
    assert!(h.contains("struct S0_demo_Point {\n    int32_t f0; /* x */\n    int32_t f2; /* y */\n};"), "{}", h);
    let c = file(&files, "module_0.c");
    assert!(c.contains("    S0_demo_Point s0;\n"), "{}", c);
    assert!(
        c.contains(
            "v2 = &s0;\n    v3 = &v2->f0;\n    *v3 = v0;\n    v4 = (void*)v2;\n    v5 = &v2->f2;\n    *v5 = v1;\n"
        ),
        "{}",
        c
    );
    assert!(c.contains("(S0_demo_Point*)pyr_gc_alloc(sizeof(S0_demo_Point) * (uintptr_t)((uint64_t)1U))"), "{}", c);
}

#[test]
fn switch_text() {
    let mut m = Module::default();
    m.functions.push(classify_fn());
    verify_module(&m).unwrap();
    let c = file(&emit_module(&m, &COptions { files: 1 }), "module_0.c").to_string();
    assert!(
        c.contains("    switch (v0) {\n    case ((int32_t)1):\n        v1 = ((int32_t)10);\n        goto b1;\n"),
        "{}",
        c
    );
    assert!(c.contains("    case ((int32_t)-1):\n"), "{}", c);
    assert!(c.contains("    default:\n        goto b2;\n    }\n"), "{}", c);
}

#[test]
fn extern_call_text() {
    let (m, _) = big_module();
    verify_module(&m).unwrap();
    let files = emit_module(&m, &COptions { files: 1 });
    let c = file(&files, "module_0.c");
    assert!(c.contains("pyr_write_out((void*)v0, ((uint64_t)6U));"), "{}", c);
    assert!(c.contains("    pyr_exit(((int32_t)3));\n    __builtin_unreachable();\n"), "{}", c);
    assert!(c.contains("void pyr_main(void)\n{\n    f"), "{}", c);
    let h = file(&files, "pyrite_module.h");
    assert!(!h.contains("void pyr_write_out("), "runtime functions must not be redeclared");
    let gl = file(&files, "globals.c");
    assert!(gl.contains("_u8_6 g0_str_hello = { {\n    104, 101, 108, 108, 111, 10,\n} };"), "{}", gl);
    assert!(
        gl.contains(
            "S1_demo_VTable g1_vtable_demo_Ops = { .f0 = f0_demo_add, .f1 = f6_mul_i32, .f2 = ((void*)f5_demo_noop) };"
        ),
        "{}",
        gl
    );
    assert!(gl.contains("= { { ((uint32_t)7U), ((uint32_t)4294967295U), ((uint32_t)9U) } };"), "{}", gl);
}

#[test]
fn struct_dependency_order() {
    let (m, _) = big_module();
    let h = file(&emit_module(&m, &COptions { files: 1 }), "pyrite_module.h").to_string();
    let pos = |s: &str| h.find(s).unwrap_or_else(|| panic!("missing {:?} in\n{}", s, h));
    // S3 (Outer) holds S4 (Inner) by value, which holds an array of S0 by value.
    assert!(pos("struct S0_demo_Point {") < pos("\nstruct A"));
    let arr = h.lines().find(|l| l.starts_with("struct A") && l.contains("S0_demo_Point e[2]")).unwrap();
    assert!(pos(arr) < pos("struct S4_demo_Inner_Point_2 {"));
    assert!(pos("struct S4_demo_Inner_Point_2 {") < pos("struct S3_demo_Outer {"));
    assert!(h.contains("union S2_demo_Bits {"));
    assert!(h.contains("typedef union S2_demo_Bits S2_demo_Bits;"));
    // Forward declarations come first, so pointers may refer to anything.
    assert!(pos("typedef struct S3_demo_Outer S3_demo_Outer;") < pos("struct S0_demo_Point {"));
    assert!(h.contains("typedef int32_t (*F0)(int32_t, int32_t);"), "{}", h);
}

#[test]
fn deterministic_and_split() {
    let (m, _) = big_module();
    let a = emit_module(&m, &COptions { files: 3 });
    let b = emit_module(&m, &COptions { files: 3 });
    assert_eq!(a, b);
    let names: Vec<&str> = a.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["pyrite_module.h", "globals.c", "module_0.c", "module_1.c", "module_2.c"]);
    // Every function is defined exactly once.
    for i in 0..m.functions.len() {
        let head = format!(" {}(", function_c_name(&m, FuncId(i as u32)));
        let n: usize = a[2..]
            .iter()
            .map(|f| {
                f.contents.lines().filter(|l| l.contains(&head) && !l.ends_with(';') && !l.starts_with(' ')).count()
            })
            .sum();
        assert_eq!(n, 1, "function {} defined {} times", head, n);
    }
    assert_eq!(a.iter().filter(|f| f.contents.contains("void pyr_main(void)\n{")).count(), 1);
    // files: 0 behaves like 1; more files than functions gives empty files.
    assert_eq!(emit_module(&m, &COptions { files: 0 }).len(), 3);
    let mut small = Module::default();
    small.functions.push(add_fn());
    assert_eq!(emit_module(&small, &COptions { files: 4 }).len(), 6);
}

#[test]
fn literals() {
    assert_eq!(lit::f64_lit(1.0), "1.0");
    assert_eq!(lit::f64_lit(0.1), "0.1");
    assert_eq!(lit::f64_lit(-2.5), "(-2.5)");
    assert_eq!(lit::f64_lit(1e16), "1e16");
    assert_eq!(lit::f64_lit(5e-324), "0x0.0000000000001p-1022");
    assert_eq!(lit::hex_f64(0.1), "0x1.999999999999ap-4");
    assert_eq!(lit::hex_f64(f64::MAX), "0x1.fffffffffffffp+1023");
    assert_eq!(lit::hex_f64(1.0), "0x1p+0");
    assert_eq!(lit::f64_lit(-0.0), "(-0.0)");
    assert_eq!(lit::f64_lit(0.0), "0.0");
    assert_eq!(lit::f64_lit(f64::NEG_INFINITY), "(-__builtin_inf())");
    assert_eq!(lit::int_lit(i64::MIN as i128, 64, true), "INT64_MIN");
    assert_eq!(lit::int_lit(-1, 64, false), "((uint64_t)18446744073709551615ULL)");
    assert_eq!(lit::int_lit(255, 8, true), "((int8_t)-1)");
    assert_eq!(lit::int_lit(-5_000_000_000, 64, true), "((int64_t)-5000000000LL)");
    assert_eq!(lit::int_lit(7, 32, false), "((uint32_t)7U)");
    assert_eq!(sanitize("<Vec<T> as Drop>::drop"), "Vec_T_as_Drop_drop");
    assert_eq!(sanitize(&"x".repeat(100)).len(), 60);
}

#[test]
fn compile_and_run_big_module() {
    let (m, expected) = big_module();
    verify_module(&m).unwrap();
    for files in [1, 3] {
        let out = emit_module(&m, &COptions { files });
        // Set PYRITE_C_DUMP=<dir> to keep a copy of the generated files for inspection.
        if let Ok(d) = std::env::var("PYRITE_C_DUMP") {
            let d = PathBuf::from(d).join(format!("files{}", files));
            std::fs::create_dir_all(&d).unwrap();
            for f in &out {
                std::fs::write(d.join(&f.name), &f.contents).unwrap();
            }
        }
        for opt in ["-O0", "-O2"] {
            if let Some((stdout, code, diag)) = compile_and_run("big", &out, opt) {
                assert_eq!(stdout, expected, "files={} {}", files, opt);
                assert_eq!(code, 3, "pyr_exit(3) must set the exit status");
                assert!(!diag.contains("warning"), "C compiler warnings:\n{}", diag);
            }
        }
    }
}

#[test]
fn compile_against_real_runtime_header() {
    // The real runtime header, if present, must accept the calls we generate (pointer
    // arguments are passed as void*, so `const uint8_t*` and friends are fine).
    let hdr = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("runtime/pyrite_rt.h");
    if !hdr.exists() || !have_cc() {
        eprintln!("no runtime header or no C compiler: skipping");
        return;
    }
    let mut m = Module::default();
    m.externs = externs()[..2].to_vec();
    m.externs.push(ExternFn {
        name: "pyr_alloc".into(),
        sig: Sig { params: vec![u64t()], ret: LType::ptr(u8t()) },
        noreturn: false,
    });
    m.globals.push(Global {
        name: "msg".into(),
        ty: LType::Array(Box::new(u8t()), 3),
        init: GlobalInit::Bytes(b"ok\n".to_vec()),
    });
    let mut g = Graph::new();
    let b = g.entry;
    let p = op(
        &mut g,
        b,
        LType::ptr(u8t()),
        OpKind::PtrCast(Value::Const(Const::GlobalAddr(GlobalId(0))), LType::ptr(u8t())),
    );
    let buf = op(&mut g, b, LType::ptr(u8t()), OpKind::Call(Callee::Extern(ExternId(2)), vec![ci(3, u64t())]));
    eff(&mut g, b, OpKind::MemCopy(vv(buf), vv(p), ci(3, u64t())));
    eff(&mut g, b, OpKind::Call(Callee::Extern(E_WRITE), vec![vv(buf), ci(3, u64t())]));
    eff(&mut g, b, OpKind::Call(Callee::Extern(E_EXIT), vec![ci(0, i32t())]));
    g.cfg[b].exit = Exit::Unreachable;
    m.functions.push(Function { name: "main".into(), sig: Sig { params: vec![], ret: LType::Unit }, graph: g });
    m.entry = Some(FuncId(0));
    verify_module(&m).unwrap();
    let files = emit_module(&m, &COptions { files: 2 });
    let dir = write_dir("realhdr", &files);
    std::fs::copy(&hdr, dir.join("pyrite_rt.h")).unwrap();
    std::fs::create_dir_all(dir.join("gc")).unwrap();
    for h in ["gc.h", "registry.h"] {
        std::fs::copy(hdr.with_file_name("gc").join(h), dir.join("gc").join(h)).unwrap();
    }
    for f in files.iter().filter(|f| f.name.ends_with(".c")) {
        let out = Command::new("cc")
            .current_dir(&dir)
            .args(["-std=gnu11", "-O2", "-Wall", "-Werror", "-Wno-unused-label", "-c", &f.name, "-o", "/dev/null"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}:\n{}", f.name, String::from_utf8_lossy(&out.stderr));
    }
    // If the real runtime is there and compiles on its own, link against it and run.
    let rt_c = hdr.with_file_name("pyrite_rt.c");
    let rt_ok = rt_c.exists()
        && Command::new("cc")
            .current_dir(&dir)
            .args(["-std=gnu11", "-O2", "-c"])
            .arg(&rt_c)
            .args(["-o", "rt.o"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
    if rt_ok {
        let mut cmd = Command::new("cc");
        cmd.current_dir(&dir).args(["-std=gnu11", "-O2", "-o", "prog", "rt.o"]);
        for f in files.iter().filter(|f| f.name.ends_with(".c")) {
            cmd.arg(&f.name);
        }
        let out = cmd.arg("-lm").output().unwrap();
        assert!(out.status.success(), "link with the real runtime:\n{}", String::from_utf8_lossy(&out.stderr));
        let run = Command::new(dir.join("prog")).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&run.stdout), "ok\n");
        assert_eq!(run.status.code(), Some(0));
    } else {
        eprintln!("real runtime missing or not compiling: link step skipped");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// f64 constants must reach C bit for bit, both as operands and in global initialisers.
#[test]
fn f64_constants_round_trip_through_c() {
    let mut vals: Vec<f64> = vec![
        0.1,
        0.2,
        0.1 + 0.2,
        1e23,
        8.98846567431158e307,
        f64::MIN_POSITIVE,
        2.225073858507201e-308,
        5e-324,
        4.35e-320,
        f64::MAX,
        9007199254740993.0,
        1.0 / 3.0,
        std::f64::consts::PI,
        std::f64::consts::E,
        123456789012345680.0,
        1e-6,
        -1e-300,
        -0.0,
        0.0,
        1.5,
        2.0f64.powi(-1074),
        f64::INFINITY,
        f64::NEG_INFINITY,
        7.0e-10,
        1e21,
        1e22,
        0.3,
        2.0f64.powi(63),
        1.7976931348623157e308,
    ];
    // Pseudo-random bit patterns (finite only).
    let mut x: u64 = 0x9E3779B97F4A7C15;
    while vals.len() < 80 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let f = f64::from_bits(x);
        if f.is_finite() {
            vals.push(f);
        }
    }
    let mut m = Module::default();
    m.externs = externs();
    m.structs.push(StructDef {
        name: "Bits".into(),
        kind: StructKind::Union,
        fields: vec![("i".into(), u64t()), ("f".into(), LType::F64)],
    });
    let n = vals.len();
    let at = LType::Array(Box::new(LType::F64), n as u64);
    m.globals.push(Global {
        name: "vals".into(),
        ty: at.clone(),
        init: GlobalInit::Fields(vals.iter().map(|v| Const::F64(*v)).collect()),
    });
    let mut g = Graph::new();
    let b = g.entry;
    g.slots.push(LType::Struct(StructId(0)));
    let ua = op(&mut g, b, LType::ptr(LType::Struct(StructId(0))), OpKind::SlotAddr(SlotId(0)));
    let uf = op(&mut g, b, LType::ptr(LType::F64), OpKind::FieldAddr(vv(ua), 1));
    let ui = op(&mut g, b, LType::ptr(u64t()), OpKind::FieldAddr(vv(ua), 0));
    let base = op(
        &mut g,
        b,
        LType::ptr(LType::F64),
        OpKind::PtrCast(Value::Const(Const::GlobalAddr(GlobalId(0))), LType::ptr(LType::F64)),
    );
    let mut expected = String::new();
    for (k, v) in vals.iter().enumerate() {
        // As an operand.
        eff(&mut g, b, OpKind::Store(vv(uf), cf(*v)));
        let bits = op(&mut g, b, u64t(), OpKind::Load(vv(ui)));
        eff(&mut g, b, OpKind::Call(Callee::Extern(E_PUT_U64), vec![vv(bits)]));
        // From the global initialiser.
        let p = op(&mut g, b, LType::ptr(LType::F64), OpKind::ElemAddr(vv(base), ci(k as i128, u64t())));
        let f = op(&mut g, b, LType::F64, OpKind::Load(vv(p)));
        eff(&mut g, b, OpKind::Store(vv(uf), vv(f)));
        let bits = op(&mut g, b, u64t(), OpKind::Load(vv(ui)));
        eff(&mut g, b, OpKind::Call(Callee::Extern(E_PUT_U64), vec![vv(bits)]));
        expected.push_str(&format!("{}\n{}\n", v.to_bits(), v.to_bits()));
    }
    ret(&mut g, b, Value::Const(Const::Unit));
    m.functions.push(Function { name: "main".into(), sig: Sig { params: vec![], ret: LType::Unit }, graph: g });
    m.entry = Some(FuncId(0));
    verify_module(&m).unwrap();
    let files = emit_module(&m, &COptions { files: 1 });
    for opt in ["-O0", "-O2"] {
        if let Some((stdout, code, diag)) = compile_and_run("f64", &files, opt) {
            assert_eq!(code, 0);
            assert_eq!(stdout, expected, "{}", opt);
            assert!(!diag.contains("warning"), "C compiler warnings:\n{}", diag);
        }
    }
}

/// Corner cases: empty structs and arrays, unit block parameters and globals, a loop back
/// into the entry block, by-value aggregates in signatures and function-pointer types,
/// pointer/integer casts, zero-sized heap objects.
#[test]
fn corner_cases_compile_and_run() {
    let mut m = Module::default();
    m.externs = externs();
    // S0: only unit fields. S1: holds an empty array, a unit array and a function pointer
    // whose signature takes S2 (defined later) by value.
    let s2 = LType::Struct(StructId(2));
    let fp =
        LType::FnPtr(Box::new(Sig { params: vec![s2.clone(), LType::Unit], ret: LType::Array(Box::new(i32t()), 2) }));
    m.structs.push(StructDef {
        name: "Empty".into(),
        kind: StructKind::Struct,
        fields: vec![("a".into(), LType::Unit)],
    });
    m.structs.push(StructDef {
        name: "Odd".into(),
        kind: StructKind::Struct,
        fields: vec![
            ("none".into(), LType::Array(Box::new(i32t()), 0)),
            ("units".into(), LType::Array(Box::new(LType::Unit), 4)),
            ("f".into(), fp.clone()),
            ("e".into(), LType::Struct(StructId(0))),
        ],
    });
    m.structs.push(StructDef {
        name: "Pair".into(),
        kind: StructKind::Struct,
        fields: vec![("a".into(), i32t()), ("b".into(), i32t())],
    });
    m.globals.push(Global { name: "unit_global".into(), ty: LType::Unit, init: GlobalInit::Fields(vec![]) });
    m.globals.push(Global {
        name: "empty_bytes".into(),
        ty: LType::Array(Box::new(u8t()), 0),
        init: GlobalInit::Bytes(vec![]),
    });
    m.globals.push(Global { name: "odd".into(), ty: LType::Struct(StructId(1)), init: GlobalInit::Fields(vec![]) });

    // f0: fn pair_to_arr(p: Pair, u: ()) -> [i32; 2] { [p.a, p.b] }, via slots.
    let arr2 = LType::Array(Box::new(i32t()), 2);
    let mut g = Graph::new();
    let e = g.entry;
    g.slots.push(s2.clone());
    g.slots.push(arr2.clone());
    let ps = set_params(&mut g, e, &[s2.clone(), LType::Unit]);
    let sa = op(&mut g, e, LType::ptr(s2.clone()), OpKind::SlotAddr(SlotId(0)));
    eff(&mut g, e, OpKind::Store(vv(sa), vv(ps[0])));
    let pa = op(&mut g, e, LType::ptr(i32t()), OpKind::FieldAddr(vv(sa), 0));
    let pb = op(&mut g, e, LType::ptr(i32t()), OpKind::FieldAddr(vv(sa), 1));
    let (a, b) = (op(&mut g, e, i32t(), OpKind::Load(vv(pa))), op(&mut g, e, i32t(), OpKind::Load(vv(pb))));
    let aa = op(&mut g, e, LType::ptr(arr2.clone()), OpKind::SlotAddr(SlotId(1)));
    let a0 = op(&mut g, e, LType::ptr(i32t()), OpKind::PtrCast(vv(aa), LType::ptr(i32t())));
    eff(&mut g, e, OpKind::Store(vv(a0), vv(a)));
    let a1 = op(&mut g, e, LType::ptr(i32t()), OpKind::ElemAddr(vv(a0), ci(1, u64t())));
    eff(&mut g, e, OpKind::Store(vv(a1), vv(b)));
    let whole = op(&mut g, e, arr2.clone(), OpKind::Load(vv(aa)));
    ret(&mut g, e, vv(whole));
    m.functions.push(Function {
        name: "pair_to_arr".into(),
        sig: Sig { params: vec![s2.clone(), LType::Unit], ret: arr2.clone() },
        graph: g,
    });

    // f1: fn count(n: i32, acc: i32) -> i32: loops back into its entry block through a block
    // with a unit parameter: entry(n, acc): if n == 0 { return acc } else { X((), n, acc) }
    // X(u, n, acc): entry(n - 1, acc + n).
    let mut g = Graph::new();
    let e = g.entry;
    let ps = set_params(&mut g, e, &[i32t(), i32t()]);
    let done = g.add_block();
    let x = g.add_block();
    let z = op(&mut g, e, LType::Bool, OpKind::Bin(BinOp::Eq, vv(ps[0]), ci(0, i32t())));
    g.cfg[e].exit = Exit::If(vv(z));
    g.add_link(e, done, ExitCase::True, vec![vv(ps[1])]);
    g.add_link(e, x, ExitCase::False, vec![Value::Const(Const::Unit), vv(ps[0]), vv(ps[1])]);
    let dp = set_params(&mut g, done, &[i32t()]);
    ret(&mut g, done, vv(dp[0]));
    let xp = set_params(&mut g, x, &[LType::Unit, i32t(), i32t()]);
    let n1 = op(&mut g, x, i32t(), OpKind::Bin(BinOp::Sub, vv(xp[1]), ci(1, i32t())));
    let acc = op(&mut g, x, i32t(), OpKind::Bin(BinOp::Add, vv(xp[2]), vv(xp[1])));
    goto(&mut g, x, e, vec![vv(n1), vv(acc)]);
    m.functions.push(Function {
        name: "count".into(),
        sig: Sig { params: vec![i32t(), i32t()], ret: i32t() },
        graph: g,
    });

    // f2: main.
    let mut g = Graph::new();
    let b = g.entry;
    let mut exp = String::new();
    // Function pointer with a by-value struct parameter, stored into the global's field.
    let pair = op(&mut g, b, LType::ptr(s2.clone()), OpKind::Malloc(s2.clone(), ci(1, u64t())));
    let pfa = op(&mut g, b, LType::ptr(i32t()), OpKind::FieldAddr(vv(pair), 0));
    eff(&mut g, b, OpKind::Store(vv(pfa), ci(30, i32t())));
    let pfb = op(&mut g, b, LType::ptr(i32t()), OpKind::FieldAddr(vv(pair), 1));
    eff(&mut g, b, OpKind::Store(vv(pfb), ci(12, i32t())));
    let pv = op(&mut g, b, s2.clone(), OpKind::Load(vv(pair)));
    let odd_f =
        op(&mut g, b, LType::ptr(fp.clone()), OpKind::FieldAddr(Value::Const(Const::GlobalAddr(GlobalId(2))), 2));
    eff(&mut g, b, OpKind::Store(vv(odd_f), Value::Const(Const::FuncAddr(FuncId(0)))));
    let fv = op(&mut g, b, fp.clone(), OpKind::Load(vv(odd_f)));
    let arr =
        op(&mut g, b, arr2.clone(), OpKind::Call(Callee::Indirect(vv(fv)), vec![vv(pv), Value::Const(Const::Unit)]));
    let slot = g.slots.len() as u32;
    g.slots.push(arr2.clone());
    let sa = op(&mut g, b, LType::ptr(arr2.clone()), OpKind::SlotAddr(SlotId(slot)));
    eff(&mut g, b, OpKind::Store(vv(sa), vv(arr)));
    let se = op(&mut g, b, LType::ptr(i32t()), OpKind::PtrCast(vv(sa), LType::ptr(i32t())));
    let s1 = op(&mut g, b, LType::ptr(i32t()), OpKind::ElemAddr(vv(se), ci(1, u64t())));
    let (x0, x1) = (op(&mut g, b, i32t(), OpKind::Load(vv(se))), op(&mut g, b, i32t(), OpKind::Load(vv(s1))));
    let sum = op(&mut g, b, i32t(), OpKind::Bin(BinOp::Add, vv(x0), vv(x1)));
    print(&mut g, b, vv(sum), &i32t(), &mut Vec::new(), "");
    exp.push_str("42\n");
    // Loop back into the entry block.
    let c = op(&mut g, b, i32t(), OpKind::Call(Callee::Func(FuncId(1)), vec![ci(100, i32t()), ci(0, i32t())]));
    print(&mut g, b, vv(c), &i32t(), &mut Vec::new(), "");
    exp.push_str("5050\n");
    // Pointer <-> integer casts.
    let addr = op(&mut g, b, u64t(), OpKind::Cast(vv(pair), u64t()));
    let back = op(&mut g, b, LType::ptr(s2.clone()), OpKind::Cast(vv(addr), LType::ptr(s2.clone())));
    let same = op(&mut g, b, LType::Bool, OpKind::Bin(BinOp::Eq, vv(back), vv(pair)));
    print(&mut g, b, vv(same), &LType::Bool, &mut Vec::new(), "");
    exp.push_str("1\n");
    // Zero-sized things: unit heap objects, element addresses and copies of them, the unit
    // global, the empty-struct field, the empty byte string.
    let z1 = op(&mut g, b, LType::void_ptr(), OpKind::Malloc(LType::Unit, ci(3, u64t())));
    let z2 = op(&mut g, b, LType::void_ptr(), OpKind::ElemAddr(vv(z1), ci(2, u64t())));
    eff(&mut g, b, OpKind::MemCopy(vv(z2), vv(z1), ci(3, u64t())));
    eff(&mut g, b, OpKind::Store(Value::Const(Const::GlobalAddr(GlobalId(0))), Value::Const(Const::Unit)));
    let ef = op(
        &mut g,
        b,
        LType::ptr(LType::Struct(StructId(0))),
        OpKind::FieldAddr(Value::Const(Const::GlobalAddr(GlobalId(2))), 3),
    );
    let _ev = op(&mut g, b, LType::Struct(StructId(0)), OpKind::Load(vv(ef)));
    let eb = op(
        &mut g,
        b,
        LType::ptr(u8t()),
        OpKind::PtrCast(Value::Const(Const::GlobalAddr(GlobalId(1))), LType::ptr(u8t())),
    );
    eff(&mut g, b, OpKind::Call(Callee::Extern(E_WRITE), vec![vv(eb), ci(0, u64t())]));
    let nul = op(&mut g, b, LType::Bool, OpKind::Bin(BinOp::Eq, vv(z1), Value::Const(Const::Null(LType::void_ptr()))));
    print(&mut g, b, vv(nul), &LType::Bool, &mut Vec::new(), "");
    exp.push_str("0\n");
    ret(&mut g, b, Value::Const(Const::Unit));
    m.functions.push(Function { name: "main".into(), sig: Sig { params: vec![], ret: LType::Unit }, graph: g });
    m.entry = Some(FuncId(2));
    verify_module(&m).unwrap();

    let files = emit_module(&m, &COptions { files: 2 });
    let h = file(&files, "pyrite_module.h");
    assert!(h.contains("struct S0_Empty {\n    char pyrc_empty; /* no non-unit fields */\n};"), "{}", h);
    assert!(h.contains("char pyrc_empty; /* [i32; 0] */"), "{}", h);
    assert!(h.contains("extern uint8_t g0_unit_global;"), "{}", h);
    for opt in ["-O0", "-O2"] {
        if let Some((stdout, code, diag)) = compile_and_run("corner", &files, opt) {
            assert_eq!(code, 0);
            assert_eq!(stdout, exp, "{}", opt);
            assert!(!diag.contains("warning"), "C compiler warnings:\n{}", diag);
        }
    }
}
