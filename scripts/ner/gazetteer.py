"""Names from socdoc's own gazetteers, for mention replacement while training the NER model.

ORG: official municipality names ("Køge Kommune"), regions, ministries, agencies, police districts,
housing organisations, funds and NGOs. LOC: municipality, town, island, neighbourhood and housing-area
names. PER: a given name (sometimes two) and a surname (sometimes two) from ``person_names.tsv``.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "src" / "socdoc" / "lang" / "da" / "gazetteers"

# (file, column) pairs per entity label
SOURCES: dict[str, tuple[tuple[str, str], ...]] = {
    "ORG": (
        ("municipalities.tsv", "official_name"),
        ("regions.tsv", "name"),
        ("ministries.tsv", "name"),
        ("agencies.tsv", "name"),
        ("police_districts.tsv", "name"),
        ("housing_organisations.tsv", "name"),
        ("funds.tsv", "name"),
        ("ngos.tsv", "name"),
    ),
    "LOC": (
        ("municipalities.tsv", "name"),
        ("towns.tsv", "name"),
        ("islands.tsv", "name"),
        ("neighbourhoods.tsv", "name"),
        ("housing_areas.tsv", "name"),
    ),
}


def read_column(path: Path, column: str) -> list[str]:
    """Non-empty values of ``column`` in a gazetteer TSV (``#`` comment lines skipped)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [row[column].strip() for row in csv.DictReader(lines, delimiter="\t") if (row.get(column) or "").strip()]


def read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a one-entry-per-line list."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


class GazetteerNames:
    """Random names per label drawn from the gazetteers."""

    def __init__(self, directory: Path = GAZETTEER_DIR) -> None:
        self.names: dict[str, list[str]] = {}
        for label, sources in SOURCES.items():
            names = {name for file, column in sources for name in read_column(directory / file, column)}
            self.names[label] = sorted(names)
        people = list(csv.DictReader(
            [line for line in (directory / "person_names.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")],
            delimiter="\t",
        ))
        self.first = [row["name"] for row in people if row["kind"] == "first"]
        self.last = [row["name"] for row in people if row["kind"] == "last"]
        self.word_names = read_lines(directory / "person_name_words.txt")
        self.roles = [role[:1].upper() + role[1:] for role in read_lines(directory / "roles.txt")
                      if role.isalpha()]

    def person(self) -> str:
        roll = random.random()
        if roll < 0.1:
            return random.choice(self.last)
        first = random.choice(self.first)
        if roll < 0.3:
            first += " " + random.choice(self.first)
        last = random.choice(self.last)
        if random.random() < 0.15:
            last = random.choice(self.last) + " " + last
        return f"{first} {last}"

    def plain_word_person(self) -> str:
        """A personal name whose middle and/or last name is also a common word ("Anne Skov Holm")."""
        first = random.choice(self.first)
        last = random.choice(self.word_names if random.random() < 0.6 else self.last)
        if random.random() < 0.5:
            return f"{first} {random.choice(self.word_names)} {last}"
        return f"{first} {last}"

    def role(self) -> str:
        """A capitalised one-word title or role ("Borgmester", "Rådmand", "Direktør")."""
        return random.choice(self.roles)

    def sample(self, label: str) -> str | None:
        """A random name of ``label`` (PER, ORG or LOC), or None for other labels."""
        if label == "PER":
            return self.person()
        names = self.names.get(label)
        return random.choice(names) if names else None
