//! Collecting policies under the Cranelift backend (placeholder, see `lib.rs`).

use crate::func::FnLower;
use crate::Cx;
use cranelift_codegen::ir;
use pyrite_ir::{GcInfo, LType, Value};

pub(crate) fn type_table(_cx: &mut Cx, _info: &GcInfo) -> Result<(), String> {
    Err("error: the Cranelift backend does not support collecting GC policies yet; use `--gc none` or `--backend c`".into())
}

impl<'a, 'm, 'b> FnLower<'a, 'm, 'b> {
    pub(crate) fn gc_prologue(&mut self) -> Result<(), String> {
        Ok(())
    }
    pub(crate) fn gc_epilogue(&mut self) -> Result<(), String> {
        Ok(())
    }
    pub(crate) fn gc_new(&mut self, _t: &LType, _n: ir::Value) -> Result<ir::Value, String> {
        Err("error: the Cranelift backend does not support collecting GC policies yet".into())
    }
    pub(crate) fn barrier(&mut self, _p: &Value, _pv: ir::Value, _t: &LType, _bytes: Option<ir::Value>) -> Result<(), String> {
        Ok(())
    }
}
