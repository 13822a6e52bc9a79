# an uncaught re.error raised by the program: qualified class name and message in the traceback
import re

try:
    re.compile('(unclosed')
except re.error as e:
    caught = e
print(caught.msg, caught.pos)
raise re.error(caught.msg, caught.pattern, caught.pos)
