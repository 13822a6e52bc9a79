import json

documents = ['{"id": 1, "ok": true}', '[1, 2, 3]', '{"nested": {"x": null}}']
for doc in documents:
    obj = json.loads(doc)
    print(type(obj).__name__, obj)
print(json.dumps(json.loads(documents[0]), sort_keys=True))
print("loading broken document")
json.loads('{"id": 2, "ok": tru}')
