class LoadError(Exception):
    pass

def read_value(data, key):
    return data[key]

def load(data):
    try:
        return read_value(data, "port")
    except KeyError as e:
        raise LoadError("port is not configured") from e

def main():
    return load({"host": "example"})

main()
