# helper module for import tests
PI = 3.14159
created = []

def area_circle(r):
    return PI * r * r

class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        created.append(self)

    def area(self):
        return self.w * self.h

def _private_helper():
    return "private"
