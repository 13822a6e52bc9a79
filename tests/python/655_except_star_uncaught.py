# except* leaves what it did not match; a handler that raises adds its
# exception to the group raised at the end (uncaught: boxed traceback).
import sys
def work():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError("disk")])
    except* ValueError as e:
        print("handled", repr(e), sys.exc_info()[0].__name__)
    except* OSError:
        raise RuntimeError("boom")
work()
