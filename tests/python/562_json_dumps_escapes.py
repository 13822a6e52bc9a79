# json.dumps string escapes: ensure_ascii (\uXXXX, surrogate pairs) and ensure_ascii=False
import json

samples = ["plain", 'quote " and backslash \\', "tab\tnew\nline\rcr", "\b\f", "\x00\x01\x1f",
           "\x7f", "caf\u00e9", "\u20ac100", "snow \u2603", "emoji \U0001F600!", "\U00010000\U0010FFFF",
           "中文", "/slash/"]
for s in samples:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"cl\u00e9": ["\u00fc"]}))
print(json.dumps({"cl\u00e9": ["\u00fc"]}, ensure_ascii=False))
