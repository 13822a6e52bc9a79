# pathlib: filesystem operations inside a temporary directory
import os, tempfile
from pathlib import Path
with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute(), str(base) == tmp)
    (base / 'pkg' / 'sub').mkdir(parents=True)
    (base / 'pkg').mkdir(exist_ok=True)
    for call in [lambda: (base / 'pkg').mkdir(), lambda: (base / 'x' / 'y').mkdir(),
                 lambda: (base / 'missing.txt').read_text(), lambda: (base / 'missing.txt').unlink(),
                 lambda: (base / 'pkg').rmdir(), lambda: (base / 'f').write_text(b'bytes')]:
        try:
            call()
        except (OSError, TypeError) as e:
            print(type(e).__name__, getattr(e, 'filename', None) is not None)
    (base / 'missing.txt').unlink(missing_ok=True)
    f = base / 'pkg' / 'mod.py'
    print(f.write_text('x = 1\ny = 2\n'), f.read_text().splitlines(), f.stat().st_size)
    print((base / 'pkg' / 'data.bin').write_bytes(bytearray(b'\x00\xff')), (base / 'pkg' / 'data.bin').read_bytes())
    (base / 'pkg' / 'sub' / 'deep.py').write_text('pass\n', encoding='utf-8')
    (base / 'pkg' / 'sub' / 'notes.txt').touch()
    (base / 'pkg' / 'sub' / 'notes.txt').touch()
    try:
        (base / 'pkg' / 'sub' / 'notes.txt').touch(exist_ok=False)
    except FileExistsError as e:
        print(type(e).__name__)
    (base / '.hidden').write_text('h')
    print(sorted(p.name for p in base.iterdir()), sorted(p.name for p in (base / 'pkg').iterdir()))
    rel = lambda ps: sorted(str(p.relative_to(base)) for p in ps)
    print(rel(base.glob('*')))
    print(rel(base.glob('pkg/*.py')), rel(base.glob('*/*/*')), rel(base.glob('pkg/s?b')))
    print(rel(base.rglob('*.py')), rel(base.glob('**/*.txt')), rel(base.glob('**')))
    print(rel(base.rglob('*')))
    print(rel(base.glob('nope/*')), rel(base.glob('pkg/mod.py')), rel(base.glob('pkg/[a-d]*')))
    with f.open() as fh:
        print(fh.readline().rstrip(), type(fh).__name__)
    with f.open('a') as fh:
        fh.write('z = 3\n')
    with open(f) as fh:
        print(fh.read().count('\n'), fh.name == str(f))
    g = f.rename(base / 'moved.py')
    print(type(g).__name__, g.name, f.exists(), g.exists(), g.is_file())
    h = g.replace(base / 'pkg' / 'back.py')
    print(h.relative_to(base), g.exists())
    h.unlink()
    print(h.exists(), h.parent.exists())
    print(Path.cwd() == Path(os.getcwd()), Path('rel').absolute() == Path.cwd() / 'rel', Path('.').resolve().is_absolute())
    print(Path('~').expanduser() == Path.home(), Path('x').expanduser(), (base / 'pkg' / '..' / 'pkg').resolve() == (base / 'pkg').resolve())
    print((base / 'pkg').samefile(os.path.join(tmp, 'pkg')), os.path.isdir(base / 'pkg'), os.listdir(base / 'pkg' / 'sub') != [])
    (base / 'pkg' / 'sub' / 'deep.py').unlink()
    (base / 'pkg' / 'sub' / 'notes.txt').unlink()
    (base / 'pkg' / 'sub').rmdir()
    print(rel(base.rglob('*')))
print(Path(tmp).exists())
