from enum import Enum
import math


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return "%s has mass %g" % (self.name.title(), self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def count():
        return len(Planet)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet.VENUS.describe(), Planet.heaviest(), Planet.count())
print(Planet((3.303e+23, 2.4397e6)))
print(repr(Planet.MERCURY))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), f"{Mood.FUNKY}", repr(Mood.FUNKY))


class Dir(Enum):
    N = 0
    E = 90
    S = 180
    W = 270

    def turn(self, degrees):
        return Dir((self.value + degrees) % 360)

    def __repr__(self):
        return "Dir." + self.name

    @property
    def opposite(self):
        return self.turn(180)


print(Dir.N.turn(90), Dir.W.opposite, [Dir.E, Dir.S])
Dir.N.extra = 'attr on member'
print(Dir.N.extra, Dir(0).extra)


class Ordered(Enum):
    A = 1
    B = 2
    C = 3

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(sorted([Ordered.C, Ordered.A, Ordered.B]), Ordered.A < Ordered.B)


class Named(Enum):
    name = 1
    value = 2


print(Named.name, Named.value, Named.name.name, Named.name.value, Named.value.value)
