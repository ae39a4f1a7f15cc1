# Attribute- and property-heavy objects: plain classes, __slots__ classes,
# properties with getters/setters (validation and derived values), class
# attributes vs instance attributes, getattr/setattr/hasattr with string
# names, and inheritance that overrides a property.

N = 800000


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Account:
    interest = 0.01
    instances = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.history = 0
        Account.instances += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            value = 0
        self.history += 1
        self._balance = value

    @property
    def rich(self):
        return self._balance > 10000


class SavingsAccount(Account):
    interest = 0.03

    @property
    def rich(self):
        return self._balance > 5000


class Temperature:
    __slots__ = ("_kelvin",)

    def __init__(self, celsius):
        self._kelvin = celsius + 273.15

    @property
    def celsius(self):
        return self._kelvin - 273.15

    @celsius.setter
    def celsius(self, v):
        self._kelvin = v + 273.15

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, v):
        self.celsius = (v - 32) * 5 / 9


class Particle:
    def __init__(self, i):
        self.pos = Point(i % 17, i % 23)
        self.vel = SlotPoint(1 + i % 3, -1 - i % 5)
        self.alive = True
        self.age = 0

    def step(self):
        p = self.pos
        v = self.vel
        p.x += v.x
        p.y += v.y
        if p.x > 100 or p.x < -100:
            v.x = -v.x
        if p.y > 100 or p.y < -100:
            v.y = -v.y
        self.age += 1


def main():
    acc = 0
    pts = [Point(i, -i) for i in range(100)]
    spts = [SlotPoint(i, i * 2) for i in range(100)]
    for r in range(N // 100):
        for p in pts:
            p.x = p.x + 1
            acc += p.x - p.y
        for s in spts:
            s.y = s.y - 1
            acc += s.x + s.y
    print("points:", acc)

    accounts = [Account("own%d" % i, i * 10) if i % 2 else SavingsAccount("sav%d" % i, i * 10)
                for i in range(200)]
    rich = 0
    for r in range(N // 200):
        for a in accounts:
            a.balance = a.balance + a.balance * a.interest - 3
            if a.rich:
                rich += 1
    # a plain loop, not sum(): CPython 3.12's sum() of floats is compensated,
    # 3.11's is not, and the reference may be either
    total = 0.0
    for a in accounts:
        total += a.balance
    hist = sum(a.history for a in accounts)
    print("accounts: %.2f %d %d %d" % (total, rich, hist, Account.instances))

    t = Temperature(0.0)
    acc = 0.0
    for i in range(N):
        t.celsius = (i % 200) - 50
        acc += t.fahrenheit
        t.fahrenheit = t.fahrenheit + 1.8
        acc += t.celsius
    print("temperature: %.4f" % acc)

    particles = [Particle(i) for i in range(300)]
    for _ in range(N // 300):
        for p in particles:
            p.step()
    sx = sum(p.pos.x for p in particles)
    sy = sum(p.pos.y for p in particles)
    print("particles:", sx, sy, particles[7].age)

    names = ["alpha", "beta", "gamma", "delta"]
    obj = Point(0, 0)
    acc = 0
    for i in range(N):
        name = names[i % 4]
        setattr(obj, name, i)
        acc += getattr(obj, names[(i + 1) % 4], 0)
        if hasattr(obj, "gamma"):
            acc += 1
    print("dynamic:", acc, sorted(vars(obj)))

    errors = 0
    sp = SlotPoint(1, 2)
    for i in range(N // 10):
        try:
            sp.z = i
        except AttributeError:
            errors += 1
    print("slot errors:", errors)


main()
