# open(): encodings utf-8 / latin-1 / ascii and errors
import os, tempfile, shutil
d = tempfile.mkdtemp()
try:
    text = 'Caf\u00e9 na\u00efve \u00fcber'
    paths = {}
    for enc in ('utf-8', 'latin-1', 'utf-16'):
        p = os.path.join(d, f'{enc}.txt')
        with open(p, 'w', encoding=enc) as f:
            f.write(text)
        paths[enc] = p
        with open(p, 'rb') as f:
            raw = f.read()
        print(enc, len(raw), raw[:8])
        with open(p, encoding=enc) as f:
            print(ascii(f.read()) == ascii(text))
    with open(paths['latin-1'], encoding='utf-8', errors='replace') as f:
        print(ascii(f.read()))
    with open(paths['utf-8'], encoding='latin-1') as f:
        print(ascii(f.read()))
    try:
        with open(paths['utf-8'], encoding='ascii') as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.reason)
    ap = os.path.join(d, 'ascii.txt')
    try:
        with open(ap, 'w', encoding='ascii') as f:
            f.write('plain ')
            f.write('caf\u00e9')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end)
    with open(ap, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
        f.write('caf\u00e9')
    with open(ap, encoding='ascii') as f:
        print(f.read())
    with open(ap, 'w', encoding='ascii', errors='backslashreplace') as f:
        f.write('\u00e9\u2603')
    with open(ap, encoding='ascii') as f:
        print(f.read())
    bom = os.path.join(d, 'bom.txt')
    with open(bom, 'w', encoding='utf-8-sig') as f:
        f.write('x')
    with open(bom, 'rb') as f:
        print(f.read())
    with open(bom, encoding='utf-8') as f:
        print(ascii(f.read()))
    with open(bom, encoding='utf-8-sig') as f:
        print(ascii(f.read()))
    nl = os.path.join(d, 'nl.txt')
    with open(nl, 'w', newline='\r\n') as f:
        f.write('a\nb\n')
    with open(nl, 'rb') as f:
        print(f.read())
finally:
    shutil.rmtree(d)
