"""Python-Markdown sparing the work a text cannot need. Pure.

Python-Markdown tries each of its inline patterns on every text of the tree, and each block
processor on every block; most of an article is plain prose that none of them can match.
Each is tried here only on a text holding what its expression needs (a `#` for a heading, a
`[` for a link), which every match holds: the HTML is the library's own, as
`articles/tests/test_rendering.py` checks against a converter without these shortcuts.
"""

import re

from markdown import Markdown
from markdown.treeprocessors import InlineProcessor

# What a text must hold for each of Python-Markdown's inline patterns to match: the literal each
# of their expressions needs ("em_strong" needs one of its delimiters, read from it).
_INLINE_TRIGGERS = {
    "backtick": "`",
    "escape": "\\",
    "footnote": "[^",
    "reference": "[",
    "link": "[",
    "image_link": "![",
    "image_reference": "![",
    "short_reference": "[",
    "short_image_ref": "![",
    "autolink": "<",
    "automail": "<",
    "html": "<",
    "linebreak": "  \n",
    "entity": "&",
}


class _InlineProcessor(InlineProcessor):
    """Python-Markdown's inline pass, skipping the patterns a text cannot match.

    It tries each of its 13 patterns on every text of the tree, and most texts of an article are
    plain prose: trying them was a third of the rendering. A pattern is tried only on a text
    holding its trigger, which every match of it holds, so the HTML is the same."""

    def __init__(self, md: Markdown):
        super().__init__(md)
        triggers = {name: (trigger,) for name, trigger in _INLINE_TRIGGERS.items() if name in md.inlinePatterns}
        if "em_strong" in md.inlinePatterns:
            triggers["em_strong"] = tuple(md.inlinePatterns["em_strong"].tokens)
        self._triggers = {md.inlinePatterns[name]: needed for name, needed in triggers.items()}
        # A pattern of unknown trigger (another extension's) is tried on every text.
        every = {trigger for needed in self._triggers.values() for trigger in needed}
        self._any_trigger = (
            re.compile("|".join(re.escape(trigger) for trigger in sorted(every)))
            if len(self._triggers) == len(md.inlinePatterns)
            else None
        )

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if self._any_trigger and not self._any_trigger.search(data):
            return data  # what trying every pattern in vain gives back
        return super()._InlineProcessor__handleInline(data, patternIndex)

    def _InlineProcessor__applyPattern(self, pattern, data: str, patternIndex: int, startIndex: int = 0):
        needed = self._triggers.get(pattern)
        if needed is not None and not any(trigger in data for trigger in needed):
            return data, False, 0  # what a pattern that finds nothing gives back
        return super()._InlineProcessor__applyPattern(pattern, data, patternIndex, startIndex)


# What a block must hold for each of these block processors to take it (the literal their
# expressions need); a processor that says no leaves the block to the next, as when it fails.
_BLOCK_TRIGGERS = {
    "hashheader": ("#",),
    "setextheader": ("\n=", "\n-"),
    "hr": ("-", "_", "*"),
    "quote": (">",),
    "deflist": (":",),
    "footnote": ("[^",),
    "abbr": ("*[",),
    "reference": ("]:",),
}


# What a text must hold for each of these preprocessors to change it: without, each gives back
# the lines it was given (a fence opens with three backticks or tildes, raw HTML with a `<`).
_PREPROCESSOR_TRIGGERS = {
    "fenced_code_block": ("```", "~~~"),
    "html_block": ("<",),
}


def skip_what_cannot_match(md: Markdown) -> None:
    """Make `md` try its inline patterns and the block processors and preprocessors above only
    where they can match."""
    md.treeprocessors.register(_InlineProcessor(md), "inline", 20)
    for name, triggers in _BLOCK_TRIGGERS.items():
        if name in md.parser.blockprocessors:
            processor = md.parser.blockprocessors[name]
            processor.test = _tested_only_with(triggers, processor.test)
    for name, triggers in _PREPROCESSOR_TRIGGERS.items():
        if name in md.preprocessors:
            processor = md.preprocessors[name]
            processor.run = _run_only_with(triggers, processor.run)


def _tested_only_with(triggers, test):
    def gated_test(parent, block):
        return any(trigger in block for trigger in triggers) and test(parent, block)

    return gated_test


def _run_only_with(triggers, run):
    def gated_run(lines):
        text = "\n".join(lines)
        return run(lines) if any(trigger in text for trigger in triggers) else lines

    return gated_run
