# sys.stdout / sys.stderr writing and redirection
import sys, io
n = sys.stdout.write('written directly\n')
print('write returned', n)
sys.stderr.write('this goes to stderr\n')
print('stderr message', file=sys.stderr)
sys.stdout.write('partial ')
sys.stdout.write('line\n')
sys.stdout.flush()
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print('captured 1')
print('captured', 2, sep='-')
sys.stdout = saved
print('captured text:', repr(buf.getvalue()))
print(sys.stdout.writable(), hasattr(sys.stdout, 'encoding'), sys.stdout.isatty() in (True, False))
sys.stdout.writelines(['a\n', 'b\n'])
print(sys.stdout is sys.__stdout__)
print('done', flush=True)
