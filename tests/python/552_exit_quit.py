# exit() and quit() (site builtins): SystemExit with the code, caught and uncaught
for f in (exit, quit):
    for args in ((), (0,), (4,), ("message",)):
        try:
            f(*args)
        except SystemExit as e:
            print(args, repr(e.code))
print("done")
quit(7)
