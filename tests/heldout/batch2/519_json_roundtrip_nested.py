import json, io
config = {"servers": [{"host": "a", "ports": [80, 443]}, {"host": "b", "ports": []}], "debug": False, "ratio": 0.75, "name": "Ünï"}
buf = io.StringIO()
json.dump(config, buf, indent=1, sort_keys=True)
text = buf.getvalue()
print(text)
buf.seek(0)
loaded = json.load(buf)
print(loaded == config, [s["host"] for s in loaded["servers"]])
print(json.dumps(json.loads('{"a": 1, "a": 2}')))
print(json.loads('"\\u00e9\\n"') == "é\n", json.loads(" [ ] "), json.loads("-0.0"))
print(json.dumps({"k": "v"}, indent="\t"))
