# error case: opening a missing file (relative path) raises FileNotFoundError
import os
name = 'this_file_should_not_exist_917.txt'
print('exists?', os.path.exists(name))
print('isfile?', os.path.isfile(name))
print('basename:', os.path.basename(name), 'ext:', os.path.splitext(name)[1])
try:
    with open(name) as f:
        pass
except FileNotFoundError as e:
    print('first attempt:', type(e).__name__, e.errno, e.filename)
except OSError as e:
    print('unexpected', type(e).__name__)
else:
    print('unexpectedly opened')
for mode in ('r', 'rb'):
    print('trying mode', mode)
    with open(name, mode) as f:
        print(f.read())
