class Show:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        raise RuntimeError(f"exit saw line {tb.tb_lineno}")


with Show():
    1 / 0
