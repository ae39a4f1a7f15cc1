def g(cm, xs):
    with cm as c:
        return [x * c for x in xs if x], {k: v for k, v in xs}
