"""Hand-written report texts for ledger tests: a source passage, copies of it, and unrelated prose."""

from __future__ import annotations

SOURCE = (
    "Floodwater swept through the river town of Marrowby early on Tuesday after the levee failed near the old "
    "mill. Officials said 487 people were injured and 31 people were killed as the water rose through the "
    "night. Rescue teams from three neighbouring counties worked until dawn to reach families trapped on the "
    "upper floors of their homes. The regional governor described the disaster as the worst the valley had "
    "seen in living memory and promised an inquiry into the maintenance of the flood defences. "
)
OWN_A = (
    "In a separate statement, the hospital director thanked nurses who had come in on their day off and said "
    "the emergency ward was now operating at twice its normal capacity. "
)
OWN_B = (
    "Local shopkeepers began clearing mud from the high street on Wednesday morning while volunteers handed out "
    "blankets and hot drinks at the community hall beside the railway station. "
)
UNRELATED = (
    "The chess olympiad opened in the capital with teams from ninety federations, and organisers expect record "
    "crowds at the final rounds next month when the favourites meet in the decisive match of the event. "
    "Tickets for the closing ceremony sold out within an hour according to the ticketing office. "
)
