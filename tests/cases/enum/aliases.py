from enum import Enum, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape(2), Shape['ALIAS_FOR_SQUARE'])
print(len(Shape), list(Shape.__members__))
for name, member in Shape.__members__.items():
    print(name, member, name == member.name)
print(Shape._member_names_)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        FIVE = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
