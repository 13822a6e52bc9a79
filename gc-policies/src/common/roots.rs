//! Root slots: the shadow stack (pushed and popped by the mutator) and static roots.
//! A moving GC rewrites the slots; the mutator reloads its references from them.

use crate::arena::Addr;

#[derive(Clone, Debug, Default)]
pub struct Roots {
    pub stack: Vec<Addr>,
    pub statics: Vec<Addr>,
}

impl Roots {
    pub fn new() -> Roots {
        Roots { stack: Vec::new(), statics: Vec::new() }
    }

    /// Number of slots, shadow stack first, then static roots.
    pub fn count(&self) -> usize {
        self.stack.len() + self.statics.len()
    }

    pub fn get(&self, i: usize) -> Addr {
        if i < self.stack.len() {
            self.stack[i]
        } else {
            self.statics[i - self.stack.len()]
        }
    }

    pub fn set(&mut self, i: usize, v: Addr) {
        if i < self.stack.len() {
            self.stack[i] = v;
        } else {
            let k = i - self.stack.len();
            self.statics[k] = v;
        }
    }
}
