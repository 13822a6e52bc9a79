try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [1][5]
except IndexError as e:
    print(e.args)
try:
    int("q")
except ValueError as e:
    print(e.args)
try:
    None.attr
except AttributeError as e:
    print(e.args, e.name if hasattr(e, "name") else "")
try:
    undefined_thing
except NameError as e:
    print(e.args, e.name)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e))
try:
    raise StopIteration(42)
except StopIteration as s:
    print(s.value, s.args)
e = Exception("a", "b")
print(e.args, str(e))
e.add_note("note 1")
print(e.__notes__)
