# gc thresholds and counters, gc.is_tracked, sys.flags
import gc, sys
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold(), gc.get_debug(), len(gc.get_count()), gc.garbage, gc.callbacks)
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None))
gc.set_threshold(700, 10, 10)
print(sys.flags.optimize, sys.flags.debug, sys.flags.verbose, sys.flags.dev_mode, type(sys.flags).__name__)
