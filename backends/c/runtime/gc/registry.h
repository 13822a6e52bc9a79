/* The GC policies a translated program can use: one line each,
 * PYR_GC_POLICY(name, "what it is").  The translator reads this list for --gc. */
PYR_GC_POLICY(semispace, "copying (Cheney) over two spaces; moving")
PYR_GC_POLICY(markcompact, "sliding mark-compact in one space, no copy reserve; moving")
PYR_GC_POLICY(marksweep, "non-moving mark-sweep; allocation bumps through swept gaps")
