# N-body simulation of a small planetary system with a symplectic
# (leapfrog-like) integrator.  Stresses float arithmetic, list indexing and
# attribute-free tight loops.  Prints the energy before and after.

import math

STEPS = 300000

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_system():
    # [x, y, z, vx, vy, vz, mass]
    sun = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]
    big = [4.84, -1.16, -0.103, 0.00166 * DAYS_PER_YEAR, 0.00770 * DAYS_PER_YEAR,
           -0.0000690 * DAYS_PER_YEAR, 0.000954 * SOLAR_MASS]
    ringed = [8.34, 4.12, -0.403, -0.00277 * DAYS_PER_YEAR, 0.00500 * DAYS_PER_YEAR,
              0.0000230 * DAYS_PER_YEAR, 0.000286 * SOLAR_MASS]
    ice1 = [12.89, -15.11, -0.223, 0.00296 * DAYS_PER_YEAR, 0.00237 * DAYS_PER_YEAR,
            -0.0000296 * DAYS_PER_YEAR, 0.0000436 * SOLAR_MASS]
    ice2 = [15.38, -25.92, 0.179, 0.00268 * DAYS_PER_YEAR, 0.00163 * DAYS_PER_YEAR,
            -0.0000951 * DAYS_PER_YEAR, 0.0000515 * SOLAR_MASS]
    return [sun, big, ringed, ice1, ice2]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        m = b[6]
        px += b[3] * m
        py += b[4] * m
        pz += b[5] * m
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            e -= a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def main():
    bodies = make_system()
    offset_momentum(bodies)
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    e0 = energy(bodies)
    advance(bodies, pairs, 0.01, STEPS)
    e1 = energy(bodies)
    print("energy before: %.9f" % e0)
    print("energy after:  %.9f" % e1)
    pos = 0.0  # not sum(): 3.12's float sum() is compensated, 3.11's is not
    for b in bodies:
        pos += abs(b[0]) + abs(b[1]) + abs(b[2])
    print("position checksum: %.6f" % pos)


main()
