# An uncaught abstract-class TypeError ends the program with CPython's message.
from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...


print("before")
Repository()
print("not reached")
