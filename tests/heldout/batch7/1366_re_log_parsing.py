import re

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 57
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /img/logo.png HTTP/1.1" 304 -
bad line without structure
172.16.0.1 - alice [10/Oct/2023:14:01:44 +0000] "DELETE /api/item/42 HTTP/2.0" 204 0
"""
pattern = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)
total = 0
for line in LOG.splitlines():
    m = pattern.match(line)
    if not m:
        print("unparsed:", repr(line))
        continue
    d = m.groupdict()
    size = 0 if d["size"] == "-" else int(d["size"])
    total += size
    print(d["ip"], d["user"], d["method"], d["path"], d["status"], size, m.group("ts")[:11])
print("bytes:", total)
print(sorted(set(re.findall(r"^\d+\.\d+\.\d+\.\d+", LOG, re.M))))
print(re.findall(r'"(\w+) (/api/\S*)', LOG))
statuses = [int(s) for s in re.findall(r'" (\d{3}) ', LOG)]
print(statuses, [s for s in statuses if s >= 400])
m = pattern.search(LOG)
print(m.start(), m.end() - m.start(), m.span("method"), m.group(0)[:20], m.group(1, 4))
print(m["status"], m.lastgroup, len(m.groups()))
for m in re.finditer(r"\[(\d+)/(\w+)/(\d+):(\d+):(\d+):(\d+)", LOG):
    print(m.groups()[3:], end=" ")
print()
print(re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "123a"), re.match(r"\d+", "123a").group())
print(re.search(r"(?i)delete", LOG).group(), re.search(r"^bad.*$", LOG, re.MULTILINE).group())
