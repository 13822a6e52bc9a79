# PEP 678 exception notes: add_note, __notes__, notes printed after the
# exception line of an uncaught traceback.
def check(x):
    try:
        if x < 0:
            raise ValueError(f"negative: {x}")
    except ValueError as e:
        e.add_note(f"while checking {x}")
        e.add_note("second note")
        raise
try:
    ValueError().add_note(3)
except TypeError as e:
    print(e)
check(1)
check(-5)
