# A small ray tracer: a Vec class with operator overloading (+, -, *, /,
# unary -, @ for dot, abs for length), spheres and a plane, diffuse and
# specular lighting, shadows and one level of reflection.  Renders a small
# image to an ASCII-art thumbnail and prints a checksum of the pixels.

import math

WIDTH = 320
HEIGHT = 240


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y and self.z == o.z

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)

    def norm(self):
        return self / abs(self)

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, **kw):
        super().__init__(a, **kw)
        self.other = b

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc @ ray.direction
        c = oc @ oc - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        sq = math.sqrt(disc)
        t = -b - sq
        if t > 1e-6:
            return t
        t = -b + sq
        if t > 1e-6:
            return t
        return None

    def normal(self, point):
        return (point - self.center) / self.radius


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.n = normal.norm()

    def intersect(self, ray):
        denom = self.n @ ray.direction
        if abs(denom) < 1e-9:
            return None
        t = ((self.point - ray.origin) @ self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, point):
        return self.n


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = 0.08
        self.background = Vec(0.15, 0.2, 0.35)

    def nearest(self, ray):
        best_t = None
        best = None
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = s
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        dist = abs(to_light)
        ray = Ray(point, to_light)
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth=0):
        shape, t = self.nearest(ray)
        if shape is None:
            return self.background
        p = ray.at(t)
        n = shape.normal(p)
        if n @ ray.direction > 0:
            n = -n
        mat = shape.material
        base = mat.color_at(p)
        color = base * self.ambient
        for light_pos, intensity in self.lights:
            if self.shadowed(p + n * 1e-4, light_pos):
                continue
            l = (light_pos - p).norm()
            lambert = n @ l
            if lambert > 0:
                color = color + base * (mat.diffuse * lambert * intensity)
            h = (l - ray.direction).norm()
            spec = n @ h
            if spec > 0:
                color = color + Vec(1.0, 1.0, 1.0) * (mat.specular * spec ** 32 * intensity)
        if mat.reflect > 0 and depth < 2:
            d = ray.direction
            r = d - n * (2 * (d @ n))
            color = color * (1 - mat.reflect) + self.trace(Ray(p + n * 1e-4, r), depth + 1) * mat.reflect
        return color


def build_scene():
    sc = Scene()
    sc.shapes.append(Plane(Vec(0, -1, 0), Vec(0, 1, 0),
                           Checker(Vec(0.9, 0.9, 0.9), Vec(0.2, 0.2, 0.2), reflect=0.2)))
    sc.shapes.append(Sphere(Vec(0, 0, 5), 1.0, Material(Vec(0.9, 0.2, 0.2), reflect=0.3)))
    sc.shapes.append(Sphere(Vec(-2.2, 0.2, 6.5), 1.2, Material(Vec(0.2, 0.8, 0.3))))
    sc.shapes.append(Sphere(Vec(2.0, -0.4, 4.2), 0.6, Material(Vec(0.3, 0.4, 0.95), specular=0.8, reflect=0.5)))
    sc.shapes.append(Sphere(Vec(0.7, 1.6, 7.5), 0.9, Material(Vec(0.95, 0.85, 0.2))))
    sc.lights.append((Vec(-5, 6, -2), 0.9))
    sc.lights.append((Vec(6, 4, 1), 0.5))
    return sc


def clamp(v):
    return 0.0 if v < 0 else (1.0 if v > 1 else v)


def render(scene, w, h):
    eye = Vec(0, 0.3, -1.5)
    rows = []
    aspect = w / h
    for j in range(h):
        row = []
        y = (1 - 2 * (j + 0.5) / h) * 0.75
        for i in range(w):
            x = (2 * (i + 0.5) / w - 1) * 0.75 * aspect
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)))
            row.append((clamp(c.x), clamp(c.y), clamp(c.z)))
        rows.append(row)
    return rows


def main():
    scene = build_scene()
    img = render(scene, WIDTH, HEIGHT)
    shades = " .:-=+*#%@"
    checksum = 0
    total = Vec(0.0, 0.0, 0.0)
    for j, row in enumerate(img):
        for i, (r, g, b) in enumerate(row):
            checksum = (checksum * 7 + int(r * 255) * 65536 + int(g * 255) * 256 + int(b * 255)) % 1000000007
            total = total + Vec(r, g, b)
    for j in range(0, HEIGHT, HEIGHT // 12):
        line = ""
        for i in range(0, WIDTH, WIDTH // 48):
            r, g, b = img[j][i]
            lum = 0.299 * r + 0.587 * g + 0.114 * b
            line += shades[min(9, int(lum * 10))]
        print(line)
    print("pixels:", WIDTH * HEIGHT, "checksum:", checksum)
    print("mean color:", total / (WIDTH * HEIGHT))


main()
