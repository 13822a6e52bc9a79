# os.path string operations (posix)
import os.path as op
import posixpath
print(op.join('a', 'b', 'c.txt'), op.join('/srv', 'x'), op.join('a', '/abs', 'b'), op.join('a', ''))
print(op.split('/usr/local/bin/python'), op.split('file.txt'), op.split('dir/'))
print(op.splitext('archive.tar.gz'), op.splitext('.bashrc'), op.splitext('noext'), op.splitext('a.b/c'))
print(op.basename('/x/y/z.py'), op.basename('/x/y/'), op.dirname('/x/y/z.py'), op.dirname('z.py'))
print(op.normpath('a//b/./c/../d'), op.normpath('/../x'), op.normpath(''), op.normpath('a/b/../../..'))
print(op.isabs('/a'), op.isabs('a/b'), op.isabs(''))
print(op.commonprefix(['interstate', 'internet', 'interval']), op.commonpath(['/a/b/c', '/a/b/d']))
print(op.relpath('/a/b/c', '/a'), op.relpath('/a', '/a/b/c'))
print(op.splitdrive('/a/b'), op.sep, op.extsep, op.curdir, op.pardir)
print(op.expanduser('no_tilde'), op.normcase('MiXeD'))
print(op.exists('definitely_missing_file_xyz'), op.isfile('definitely_missing_file_xyz'), op.isdir('.'))
print(posixpath.join('x', 'y'), op is posixpath)
parts = []
p = 'one/two/three'
while p:
    p, tail = op.split(p)
    parts.append(tail)
print(parts[::-1])
print(op.join(*['p', 'q', 'r']), op.splitext(op.basename('/d/report.final.pdf'))[0])
