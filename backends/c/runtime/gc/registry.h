/* The GC policies a translated program can use: one line each,
 * PYR_GC_POLICY(name, barrier, "what it is"), where barrier is `none` or `card` (the
 * translator then emits pyr_gc_wb after every store of references).  The translator
 * reads this list for --gc. */
PYR_GC_POLICY(semispace, none, "copying (Cheney) over two spaces; moving")
PYR_GC_POLICY(markcompact, none, "sliding mark-compact in one space, no copy reserve; moving")
PYR_GC_POLICY(marksweep, none, "non-moving mark-sweep; allocation bumps through swept gaps")
PYR_GC_POLICY(generational, card, "nursery promoted into a mark-compact old space; card-marking barrier")
PYR_GC_POLICY(incremental, card, "nursery over a non-moving old space marked and swept in steps; card-marking barrier")
