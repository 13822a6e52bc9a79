import traceback
def fail():
    raise ValueError("deep failure")
try:
    fail()
except ValueError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        e.add_note("extra context")
        raise
except TypeError as e:
    print(e.__notes__, traceback.format_exception_only(e))
