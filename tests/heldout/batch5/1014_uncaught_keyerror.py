# program fails with an uncaught KeyError deep in a call chain
config = {"db": {"host": "localhost", "port": 5432}, "cache": {"ttl": 60}}
def get_path(cfg, path):
    node = cfg
    for part in path.split("."):
        node = node[part]
    return node
def get_path_or(cfg, path, default):
    try:
        return get_path(cfg, path)
    except KeyError:
        return default
def report(paths):
    for p in paths:
        print(f"{p} = {get_path(config, p)}")
report(["db.host", "db.port", "cache.ttl"])
print("db.user (with default) =", get_path_or(config, "db.user", "admin"))
print("sections:", sorted(config))
report(["db.user"])
print("unreachable")
