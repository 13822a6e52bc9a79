# pathlib: pure path manipulation and file operations in a temp dir
from pathlib import Path, PurePosixPath
import tempfile, shutil
p = PurePosixPath('/usr/local/lib/python3.11/site.py')
print(p.name, p.stem, p.suffix, p.parent, p.parts[:3], p.anchor, p.is_absolute())
print(PurePosixPath('a/b.tar.gz').suffixes, PurePosixPath('a/b.tar.gz').with_suffix('.zip'), p.with_name('x.py'), p.with_stem('y'))
print(PurePosixPath('a') / 'b' / 'c.txt', PurePosixPath('a', 'b', '..', 'c'), PurePosixPath('/a/b').relative_to('/a'))
print([str(x) for x in PurePosixPath('/a/b/c').parents], PurePosixPath('x/y').match('*/y'), PurePosixPath('a//b/./c'))
print(PurePosixPath('a/b') == PurePosixPath('a//b'), sorted([PurePosixPath('b'), PurePosixPath('a/z'), PurePosixPath('a')]))
try:
    PurePosixPath('/a/b').relative_to('/c')
except ValueError as e:
    print(type(e).__name__)
base = Path(tempfile.mkdtemp())
try:
    (base / 'docs').mkdir()
    (base / 'docs' / 'deep' / 'er').mkdir(parents=True)
    f = base / 'docs' / 'readme.md'
    print(f.write_text('# Title\nbody\n', encoding='utf-8'), f.read_text(encoding='utf-8').splitlines())
    (base / 'data.bin').write_bytes(b'\x00\x01')
    print((base / 'data.bin').read_bytes(), (base / 'data.bin').stat().st_size)
    print(f.exists(), f.is_file(), f.parent.is_dir(), (base / 'nope').exists())
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.rglob('*')))
    print(sorted(x.name for x in base.glob('**/*.md')))
    g = f.rename(base / 'docs' / 'README.txt')
    print(g.name, f.exists(), g.exists())
    with g.open('a') as fh:
        fh.write('more\n')
    print(len(g.read_text().splitlines()))
    g.unlink()
    (base / 'docs' / 'deep' / 'er').rmdir()
    print(sorted(str(x.relative_to(base)) for x in base.rglob('*')))
    try:
        (base / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print(type(e).__name__)
    (base / 'touched').touch()
    print((base / 'touched').stat().st_size, Path('rel/x.txt').is_absolute(), Path('.').resolve().is_absolute())
finally:
    shutil.rmtree(base)
print(base.exists())
