# os.path.commonpath: whole components, "." dropped, absolute and relative never mixed.
import os.path as p
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b/c', 'a/b/d', 'a/./b/e']), p.commonpath(['/a']), p.commonpath(['/', '/x']))
for bad in [[], ['/a', 'b']]:
    try: p.commonpath(bad)
    except ValueError as e: print(e)
print(p.commonpath(['ab/c', 'ab/cd']), repr(p.commonpath(['a', 'b'])))
