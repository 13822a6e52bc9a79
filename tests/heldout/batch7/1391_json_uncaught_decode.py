import json

configs = [
    '{"name": "alpha", "replicas": 3}',
    '{"name": "beta", "replicas": 1, "tags": ["x"]}',
    '{"name": "gamma", "replicas": 2,}',
]
total = 0
for raw in configs:
    cfg = json.loads(raw)
    total += cfg["replicas"]
    print(f"loaded {cfg['name']}: replicas={cfg['replicas']} total={total}")
print("done")
