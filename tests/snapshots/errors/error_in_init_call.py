class Point:
    def __init__(self, x, y):
        self.x = float(x)
        self.y = float(y)

def make_points(pairs):
    return [Point(x, y) for x, y in pairs]

points = make_points([(1, 2), (3, "four")])
