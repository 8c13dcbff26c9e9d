"""Named happenings: storms and military operations, whose names are shared by every report of them."""

from __future__ import annotations

import re
from typing import Final

# A named happening: a storm's or an operation's name opens with a word for its kind ("Cyclone Saranya", "Hurricane
# Katrina", "Tropical Storm Alberto", "Operation Desert Storm"). That word is part of a name, never a place; the
# name itself is shared by every report of the happening. A storm's name is one word (headlines capitalise the words
# after it: "Cyclone Saranya Toll Climbs"), an operation's may be up to three.
NAMED_EVENT: Final = re.compile(
    r"\b(?P<kind>(?:(?:Super|Tropical|Winter|Severe(?:\s+Cyclonic)?|Extremely\s+Severe\s+Cyclonic)\s+)?"
    r"(?:Cyclone|Hurricane|Typhoon|Storm|Depression)|Superstorm|Operation)\s+"
    r"(?P<name>(?<=Operation )[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|[A-Z][\w'’-]+)")
# The words that open such names, lower-cased.
NAMED_EVENT_KINDS: Final = frozenset({"cyclone", "hurricane", "typhoon", "storm", "depression", "superstorm",
                                      "operation", "super", "tropical", "winter", "severe", "extremely", "cyclonic"})
