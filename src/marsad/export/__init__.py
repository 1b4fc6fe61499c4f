"""Exports: ACLED- and UCDP GED-style tables, GeoJSON, and full JSONL/CSV.

Every format reads :class:`.records.Record`, built from an incident (the
default: one row per real incident, figures low/best/high over its reports)
or from an event (``--events``: one row per report, for auditing).

Tallies (codebook §11) are never incidents. With ``--events`` they are
*excluded* from ACLED, UCDP and GeoJSON, and *flagged* (``tally: true``) in
JSONL and CSV, which export everything.
"""
