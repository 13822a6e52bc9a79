"""Runs a Python program under CPython or PyPy and records its GC pauses.

usage: gc_pauses.py LOGFILE PROGRAM [ARGS...]

CPython: `gc.callbacks` bracket every cyclic collection; each pause is timed with
perf_counter_ns.  Reference counting frees most objects outside any pause, so CPython's
"pauses" are its cycle collections only.
PyPy: `gc.hooks` report each minor collection and each step of the incremental major
collection with its duration; a report that covers several collections (count > 1) is
logged as that many pauses of the average length.
The log has one pause per line, in nanoseconds, after a `# policy=...` header line.
"""
import gc
import runpy
import sys
import time

log_path = sys.argv[1]
pauses = []
impl = sys.implementation.name

if impl == "pypy":
    def on_gc(stats):
        n = max(1, stats.count)
        for _ in range(n):
            pauses.append(int(stats.duration / n * 1e9))
    gc.hooks.on_gc_minor = on_gc
    gc.hooks.on_gc_collect_step = on_gc
else:
    started = [0]

    def on_gc(phase, info):
        if phase == "start":
            started[0] = time.perf_counter_ns()
        else:
            pauses.append(time.perf_counter_ns() - started[0])
    gc.callbacks.append(on_gc)

sys.argv = sys.argv[2:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
finally:
    if impl == "pypy":
        gc.hooks.on_gc_minor = None
        gc.hooks.on_gc_collect_step = None
    else:
        gc.callbacks.remove(on_gc)
    with open(log_path, "w") as f:
        f.write("# policy=%s pause_ns\n" % impl)
        for p in pauses:
            f.write("%d\n" % p)
