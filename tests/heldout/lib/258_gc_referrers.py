import gc
class Target:
    pass
target = Target()
holder = [target]
other = {"t": target}
refs = gc.get_referrers(target)
print(any(r is holder for r in refs))
print(any(r is other for r in refs))
lonely = Target()
print(any(r is holder for r in gc.get_referrers(lonely)))
print(type(refs).__name__)
