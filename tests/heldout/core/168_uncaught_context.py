def cleanup():
    raise RuntimeError("cleanup failed")
print("working")
try:
    1 / 0
except ZeroDivisionError:
    cleanup()
