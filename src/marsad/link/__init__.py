"""Cross-source incident linking.

Reports (events from different documents) of the same real incident become one
incident. :mod:`.rules` says when two reports may be the same incident and why,
:mod:`.cluster` groups reports deterministically, :mod:`.figures` derives an
incident's low/best/high, and :mod:`.relink` applies it to the store,
recomputing only the incidents that new events can touch.
"""
