# parsing a config: a malformed document ends with an uncaught JSONDecodeError
import json
docs = [
    '{"service": "api", "port": 8080}',
    '{"service": "worker", "replicas": 3, "queues": ["a", "b"]}',
]
for d in docs:
    cfg = json.loads(d)
    print(cfg["service"], sorted(cfg))
try:
    json.loads("{'single': 'quotes'}")
except json.JSONDecodeError as e:
    print("caught:", e.msg, "at line", e.lineno, "col", e.colno, "pos", e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
broken = '{\n  "service": "db",\n  "port": 5432,\n}'
cfg = json.loads(broken)
print("never printed", cfg)
