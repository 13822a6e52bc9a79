# An exception raised while another is being handled: CPython prints both
# tracebacks with "During handling of the above exception, another
# exception occurred:".  The first traceback only covers the frames it
# crossed before being caught.

def average(values):
    return sum(values) / len(values)

def report(values):
    try:
        print("average:", average(values))
    except ZeroDivisionError:
        print("empty input, reporting failure")
        log = {"errors": 0}
        log["warnings"] += 1

report([1, 2, 3])
report([])
