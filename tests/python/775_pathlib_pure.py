# pathlib: pure path manipulation (no filesystem access)
from pathlib import PurePath, PurePosixPath, Path
p = PurePosixPath('/usr/local/lib/python3.11/site.py')
print(p, repr(p), p.name, p.stem, p.suffix, p.anchor, p.root, repr(p.drive), p.is_absolute())
print(p.parts, p.parent, p.parent.parent.name)
print(list(p.parents)[:3], len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
for s in ['', '.', 'a', 'a/', './a/./b/', '//a/b', '///a', 'a//b/../c', '/', '..', 'a.tar.gz', '.bashrc', 'x.', 'a/.hidden.txt']:
    q = PurePosixPath(s)
    print(repr(s), str(q), q.parts, repr(q.name), repr(q.stem), repr(q.suffix), q.suffixes, q.parent)
print(PurePosixPath('a', 'b', '/c', 'd'), PurePosixPath('a', PurePosixPath('b/c')), PurePosixPath())
print(PurePosixPath('a') / 'b' / 'c.txt', 'x' / PurePosixPath('y'), PurePosixPath('a') / '/abs', PurePosixPath('a').joinpath('b', 'c'))
print(p.with_name('x.py'), p.with_suffix('.txt'), p.with_suffix(''), p.with_stem('y'), PurePosixPath('a/b').with_suffix('.c'))
for bad in [lambda: PurePosixPath('/').with_name('x'), lambda: p.with_name(''), lambda: p.with_name('a/b'),
            lambda: p.with_suffix('txt'), lambda: p.with_suffix('.'), lambda: PurePosixPath('a') / 3,
            lambda: PurePosixPath(3), lambda: PurePosixPath('/a/b').relative_to('/c'),
            lambda: PurePosixPath('a/b').relative_to('/a'), lambda: PurePosixPath('a') < 'b']:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePosixPath('/a/b/c').relative_to('/a'), PurePosixPath('/a/b').relative_to('/'), PurePosixPath('a/b').relative_to('a/b'), PurePosixPath('a/b').relative_to(''))
print(PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/b'))
for path, pat in [('a/b.py', '*.py'), ('/a/b.py', '/*.py'), ('/a/b.py', '/a/*.py'), ('a/b/c.py', 'b/*.py'),
                  ('a/b/c.py', 'a/*.py'), ('x.txt', '*.[tx]?t'), ('x.txt', '[!x]*'), ('b.py', 'a/b.py'), ('abc', 'a*c*')]:
    print(path, pat, PurePosixPath(path).match(pat))
print(PurePosixPath('a/b') == PurePosixPath('a//b/.'), PurePosixPath('a') == 'a', PurePosixPath('a') != PurePosixPath('A'))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a/./b')), len({PurePosixPath('x'), PurePosixPath('./x'), PurePosixPath('x/')}))
print(sorted([PurePosixPath('b'), PurePosixPath('a/z'), PurePosixPath('a'), PurePosixPath('/z'), PurePosixPath('a/b')]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') > PurePosixPath('a'), PurePosixPath('a') <= PurePosixPath('a'))
print(type(PurePath('x')).__name__, type(Path('x')).__name__, isinstance(Path('x'), PurePath), PurePath('x') == PurePosixPath('x'))
print(PurePosixPath('/a b/c%').as_uri(), PurePosixPath('a/b').as_posix(), str(PurePosixPath('/x/y')), f'{PurePosixPath("q")}')
import os
print(os.fspath(PurePosixPath('a/b')), os.path.join(PurePosixPath('a'), 'b'), os.path.basename(PurePosixPath('/x/y.z')))
try:
    PurePosixPath('x').relative_to()
except TypeError as e:
    print(e)
