"""The top functions of a py-spy profile (collapsed stacks, ``py-spy record --format raw``).

    py-spy record --format raw -o /tmp/socdoc.txt -- python benchmarks/profile_top.py --run 100000
    python benchmarks/profile_top.py /tmp/socdoc.txt --top 15

``--run N`` extracts about N words of corpus/docs in one process (the workload to profile; the
pipeline is built and warmed first, so the profile is dominated by steady-state extraction).
The report lists, per function, its own share of the samples (self) and the share of samples
in which it is on the stack (total).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path


def top_functions(path: Path, top: int, within: str = "") -> str:
    """The ``top`` functions by own samples; with ``within``, of the stacks with a frame whose
    name holds that text only (``extract_many``: extraction without the imports)."""
    own: collections.Counter = collections.Counter()
    total: collections.Counter = collections.Counter()
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit() or within not in stack:
            continue
        samples = int(count)
        frames = [_short(f) for f in stack.split(";")]
        n += samples
        own[frames[-1]] += samples
        for frame in set(frames):
            total[frame] += samples
    lines = [f"{n:,} samples; top {top} by own time", f"{'self %':>7} {'total %':>8}  function"]
    for frame, samples in own.most_common(top):
        lines.append(f"{100 * samples / n:7.1f} {100 * total[frame] / n:8.1f}  {frame}")
    return "\n".join(lines)


def _short(frame: str) -> str:
    """``find_parties (socdoc/extractors/parties.py:882)`` with the path from the package on."""
    for marker in ("site-packages/", "/src/", "lib/python3"):
        if marker in frame:
            head, _, tail = frame.partition("(")
            return f"{head.strip()} ({tail.split(marker, 1)[-1].rstrip(')')})"
    return frame


def run(words: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from throughput import build_texts

    import socdoc

    texts = build_texts(words)
    list(socdoc.extract_many(texts[:1]))
    for _ in socdoc.extract_many(texts):
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("profile", nargs="?", type=Path)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--within", default="", metavar="TEXT",
                        help="Count only the stacks with a frame that holds TEXT (e.g. extract_many).")
    parser.add_argument("--run", type=int, metavar="WORDS", help="Extract about WORDS words (the workload).")
    args = parser.parse_args()
    if args.run:
        run(args.run)
    elif args.profile:
        print(top_functions(args.profile, args.top, args.within))
    else:
        parser.error("give a profile file or --run WORDS")


if __name__ == "__main__":
    main()
