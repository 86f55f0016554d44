"""The statistics domain: figures compared by indicator.

Pure (no ORM, tested with plain tables): `formatting` (French numbers), `matching` (what a
subject is about), `grouping` (similar figures, disagreement), `charts` (SVG geometry),
`highlighting` (figures marked in the body's HTML).
State: `state` is the one place that changes a figure (refresh, verify, reject, assign, delete)
and keeps the highlighted body true.
Reading: `loaders` (article panel, suggestions), `page` (`/statistiques/`), `views` and `urls`
(the page and its CSV/JSON exports).
"""
