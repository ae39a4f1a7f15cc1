# A small order-processing program using dataclasses, enums and typing together.
from __future__ import annotations

from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, auto
from typing import Optional, List, Dict


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()

    def can_transition(self, other: Status) -> bool:
        allowed = {
            Status.NEW: {Status.PAID, Status.CANCELLED},
            Status.PAID: {Status.SHIPPED, Status.CANCELLED},
        }
        return other in allowed.get(self, set())


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


@dataclass(frozen=True, order=True)
class Sku:
    code: str
    variant: int = 0


@dataclass
class Line:
    sku: Sku
    qty: int
    unit_price: float

    @property
    def total(self) -> float:
        return round(self.qty * self.unit_price, 2)


@dataclass(order=True)
class Order:
    priority: Priority
    order_id: int
    lines: List[Line] = field(default_factory=list, compare=False)
    status: Status = field(default=Status.NEW, compare=False)
    note: Optional[str] = field(default=None, compare=False, repr=False)

    def total(self) -> float:
        return round(sum(l.total for l in self.lines), 2)

    def advance(self, new: Status) -> None:
        if not self.status.can_transition(new):
            raise ValueError(f"cannot go from {self.status.name} to {new.name}")
        self.status = new


orders = [
    Order(Priority.NORMAL, 1, [Line(Sku('A1'), 2, 9.99), Line(Sku('B2', 1), 1, 20.0)]),
    Order(Priority.URGENT, 2, [Line(Sku('C3'), 5, 1.25)]),
    Order(Priority.LOW, 3),
    Order(Priority.URGENT, 0, [Line(Sku('A1'), 1, 9.99)], note='gift'),
]
for o in sorted(orders, reverse=True):
    print(o.order_id, o.priority.name, o.total(), o.status)

stock: Dict[Sku, int] = {Sku('A1'): 10, Sku('B2', 1): 3, Sku('C3'): 4}
for o in orders:
    for l in o.lines:
        stock[l.sku] = stock.get(l.sku, 0) - l.qty
print(sorted(stock.items()))

o = orders[0]
o.advance(Status.PAID)
o.advance(Status.SHIPPED)
print(o.status, o.status.value, repr(o.status))
try:
    o.advance(Status.NEW)
except ValueError as e:
    print("ValueError:", e)
print(asdict(orders[1]))
print(replace(orders[2], priority=Priority.URGENT))
by_status: Dict[Status, List[int]] = {}
for o in orders:
    by_status.setdefault(o.status, []).append(o.order_id)
print(by_status)
print(f"{Priority.URGENT:>3}|{Status.PAID}|{Priority.LOW!r}")
print(Order.__annotations__['priority'], Line.__init__.__annotations__)
