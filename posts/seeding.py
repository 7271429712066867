"""Parse a Blogger page dump (the post, then its comments) into plain data.

The dump keeps the comment buttons as text glued to the start of the next comment:
``返信削除`` (reply + delete) follows a top-level comment, ``削除`` (delete only)
follows a reply. So the marker AFTER a comment tells what that comment was. The
post's sections are introduced by lines of ``■`` characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SECTION_BREAK = "\n\n---\n\n"
_MARKER = re.compile(r"^(返信削除|削除)", re.MULTILINE)
_SECTION_LINE = re.compile(r"^■+\s*$")


@dataclass
class SeedComment:
    body: str
    replies: list[SeedComment] = field(default_factory=list)


@dataclass
class SeedPost:
    title: str
    body: str
    comments: list[SeedComment]

    @property
    def comment_count(self) -> int:
        return len(self.comments) + sum(len(c.replies) for c in self.comments)


def _post_body(lines: list[str]) -> str:
    sections: list[list[str]] = []
    for line in lines:
        if _SECTION_LINE.match(line.strip()):
            sections.append([])
        elif line.strip():
            if not sections:
                sections.append([])
            sections[-1].append(line.strip())
    return SECTION_BREAK.join("\n".join(s) for s in sections if s)


def _title(body: str) -> str:
    first = body.split("\n", 1)[0]
    sentence = re.split(r"(?<=[。！？!?])", first, maxsplit=1)[0]
    return sentence if len(sentence) <= 60 else sentence[:59] + "…"


def parse_seed(text: str) -> SeedPost:
    text = text.replace("\r\n", "\n").replace("\ufeff", "")
    markers = list(_MARKER.finditer(text))
    if not markers:
        body = _post_body(text.splitlines())
        return SeedPost(title=_title(body), body=body, comments=[])
    # Before the first marker: the post, then the first comment, which is the last
    # line before that marker (the dump has no other boundary between them).
    head = text[: markers[0].start()].rstrip("\n").split("\n")
    post_lines, first_comment = head[:-1], head[-1]
    chunks = [first_comment]
    kinds = []  # the kind of each chunk, told by the marker after it
    for index, marker in enumerate(markers):
        kinds.append("top" if marker.group(1) == "返信削除" else "reply")
        end = markers[index + 1].start() if index + 1 < len(markers) else len(text)
        chunks.append(text[marker.end() : end])
    # The last comment has no marker after it: it continues the run it belongs to
    # (a reply after replies is still a reply in that thread).
    kinds.append(kinds[-1] if kinds else "top")

    comments: list[SeedComment] = []
    for chunk, kind in zip(chunks, kinds, strict=True):
        body = "\n".join(line.rstrip() for line in chunk.strip().split("\n"))
        if not body:
            continue
        if kind == "reply" and comments:
            comments[-1].replies.append(SeedComment(body))
        else:
            comments.append(SeedComment(body))
    body = _post_body(post_lines)
    return SeedPost(title=_title(body), body=body, comments=comments)
