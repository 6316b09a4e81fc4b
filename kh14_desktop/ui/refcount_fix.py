"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

The PySide6 6.12.0 wheels use the stable ABI (abi3) and were built with CPython headers whose
`Py_RETURN_NONE` treats None as immortal, as it is from Python 3.12 on (CPython issue
gh-134989). On Python 3.11 every call of a Qt method that returns nothing (`setText`,
`QTimer.start`, `processEvents`…) then takes one reference from None without giving one,
and methods returning a bool do the same to True or False. After some thousands of calls
(typing a long result narrative is enough) the count reaches zero and the interpreter
aborts with "deallocating None".

Python 3.12 makes these objects immortal by giving them a reference count nothing can
exhaust; `keep_singletons_alive` does the same on older versions. It is a no-op on 3.12
and later, and on interpreters other than CPython.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_MARGIN = 1 << 40  # more references than a process could ever drop
_done = False


def keep_singletons_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython" \
            or hasattr(sys, "getobjects"):  # a trace-refs build puts other fields first
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += _MARGIN
    _done = True
