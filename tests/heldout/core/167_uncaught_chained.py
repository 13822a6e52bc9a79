class AppError(Exception):
    pass
def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("config could not be loaded") from e
print("start")
load()
