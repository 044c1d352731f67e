"""One deployment, many meetings, parallel rooms: which core answers which channel.

- :mod:`.entries`: the ``meetings:`` list of the deployment config (each meeting, its channels, its rooms);
- :mod:`.venue`: one meeting served, as a core for its plenary and one for each parallel room;
- :mod:`.router`: the channel's meeting and room, or in a direct message the asker's choice;
- :mod:`.naming`: a meeting named in a question ("SG17", "CE 13", "study group 5");
- :mod:`.listing`: ``/meetings``, ``/meeting use ID``, "which meeting?" and ``/now`` of every room.
"""
