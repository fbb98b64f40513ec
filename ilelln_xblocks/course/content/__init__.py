"""The programme's content, section by section: orientation, the five modules, the capstone."""
from . import capstone, module1, module2, module3, module4, module5, orientation

MODULES = tuple(part.MODULE for part in (orientation, module1, module2, module3, module4, module5, capstone))
