import json


class ConfigError(Exception):
    pass


def load_config(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError("config is not valid JSON") from e
    if "port" not in data:
        raise ConfigError("missing 'port'")
    return data


for text in ['{"port": 80}', '{"host": "x"}', "{bad json"]:
    try:
        print("loaded", load_config(text))
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)

print("strict load follows")
load_config("[1, 2")
