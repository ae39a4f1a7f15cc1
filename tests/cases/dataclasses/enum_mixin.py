from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class CreatureData:
    size: str
    legs: int
    tail: bool = field(repr=False, default=True)


class Creature(CreatureData, Enum):
    BEETLE = 'small', 6
    DOG = 'medium', 4


print(Creature.DOG, repr(Creature.DOG), Creature.DOG.value, Creature.BEETLE.legs)
print(list(Creature), Creature.DOG.tail)


@dataclass(frozen=True, order=True)
class Money:
    cents: int

    def __str__(self):
        return f"${self.cents / 100:.2f}"


class Price(Money, Enum):
    CHEAP = 100
    DEAR = 999


print(Price.CHEAP, repr(Price.DEAR), Price.CHEAP < Price.DEAR, Price(Money(999)))
