"""The Dask engine against a real two-process LocalCluster: same records as the local run,
error documents, a worker killed mid-run, loading into SQLite, bags and dataframes."""

from __future__ import annotations

import io
import json
import os
import signal
import tarfile
import zipfile
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from click.testing import CliRunner  # noqa: E402

from socdoc.cli import _records as local_records  # noqa: E402
from socdoc.cli import cli  # noqa: E402
from socdoc.engines import dask as engine  # noqa: E402

MUNICIPALITIES = ["Aarhus", "Odense", "Esbjerg", "Kolding", "Herning", "Viborg", "Holbæk", "Næstved"]
TEMPLATES = [
    "{m} Kommune giver {a},{b} mio. kr. årligt til indsatsen for hjemløse i perioden {y}-{z}.",
    "Socialudvalget i {m} Kommune besluttede den {d}. marts {y} at afsætte {a}.{b}00 kr. til et nyt værested.",
    "Pressemeddelelse {d}. juni {y}: Byrådet i {m} vil bruge {a} millioner kroner på udsatte boligområder frem til {z}.",
    "Referat: Ældre- og Sundhedsudvalget, {m} Kommune. Mødedato {d}.{d2}.{y}. Udvalget godkendte en ramme på {a},{b} mio. kr.",
    "Social- og Boligministeriet uddeler {a}{b} mio. kr. fra puljen. {m} Kommune får {b} mio. kr. i {z}.",
]


def _texts(n: int) -> list[str]:
    texts = []
    for i in range(n):
        template = TEMPLATES[i % len(TEMPLATES)]
        year = 2010 + i % 14
        texts.append(template.format(
            m=MUNICIPALITIES[i % len(MUNICIPALITIES)], a=1 + i % 9, b=i % 10, y=year, z=year + 1 + i % 3,
            d=1 + i % 28, d2=1 + i % 12,
        ))
    return texts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 small Danish texts, an empty one, and a zip and a tar.gz of further texts."""
    root = tmp_path_factory.mktemp("dask_corpus")
    docs = root / "docs"
    docs.mkdir()
    texts = _texts(46)
    for i, text in enumerate(texts[:40]):
        (docs / f"doc_{i:02d}.txt").write_text(text, encoding="utf-8")
    (docs / "tom.txt").write_bytes(b"")  # EmptyDocumentError from the reader, on a worker
    with zipfile.ZipFile(root / "arkiv.zip", "w") as archive:
        for i, text in enumerate(texts[40:43]):
            archive.writestr(f"referater/ref_{i}.txt", text)
        archive.writestr("billede.png", b"\x89PNG")  # skipped, as the reader skips it
    with tarfile.open(root / "nyheder.tar.gz", "w:gz") as archive:
        for i, text in enumerate(texts[43:46]):
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"nyheder/nyhed_{i}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return root


@pytest.fixture(scope="module")
def paths(corpus: Path) -> tuple[str, ...]:
    return (str(corpus / "docs"), str(corpus / "arkiv.zip"), str(corpus / "nyheder.tar.gz"))


@pytest.fixture(scope="module")
def expected(paths: tuple[str, ...]) -> list[dict]:
    """The records of the local engine (`socdoc extract` without --engine)."""
    return [record.model_dump(mode="json") for record, _ in local_records(paths, 1, None)]


@pytest.fixture(scope="module")
def cluster():  # noqa: ANN201
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster):  # noqa: ANN001, ANN201
    with distributed.Client(cluster) as dask_client:
        dask_client.register_plugin(engine.PipelineLoader(), name=engine.PipelineLoader.name)
        yield dask_client


def _dumps(records) -> list[dict]:  # noqa: ANN001
    return [record.model_dump(mode="json") for record in records]


def test_same_records_as_local_engine(client, paths, expected) -> None:  # noqa: ANN001
    records = _dumps(engine.extract_records(paths, scheduler=client, partition_size=8, window=3))
    assert len(records) == 47
    assert records == expected
    assert records[0]["doc_id"] == "doc_00.txt"
    assert any(r["doc_id"] == "arkiv.zip::referater/ref_0.txt" for r in records)
    assert any(r["doc_id"] == "nyheder.tar.gz::nyheder/nyhed_2.txt" for r in records)


def test_error_documents_become_records(client, paths) -> None:  # noqa: ANN001
    records = list(engine.extract_records(paths, scheduler=client.scheduler.address, partition_size=16))
    failed = [r for r in records if r.error is not None]
    assert [(r.doc_id, r.error.type) for r in failed] == [("tom.txt", "EmptyDocumentError")]
    items = [("Kommunen giver 2 mio. kr.", {"doc_id": "a"}), (b"\xff\xfe", {"doc_id": "b"}), 17,
             ("Byrådet afsætter 3,5 mio. kr. i 2024.", {"doc_id": "d"})]
    out = list(engine.extract_many_dask(items, scheduler=client, partition_size=2))
    assert [r.doc_id for r in out] == ["a", "b", None, "d"]
    assert [r.error.type if r.error else None for r in out] == [None, "TypeError", "TypeError", None]
    assert out[3].amounts[0].value == 3_500_000


def test_failed_partition_is_split_and_only_the_bad_unit_fails(client) -> None:  # noqa: ANN001
    def start(part):  # noqa: ANN001, ANN202
        return client.submit(lambda units: [int(u) for u in units], part, pure=False, retries=1), {}

    def fallback(units, exc):  # noqa: ANN001, ANN202
        return [f"error:{u}:{type(exc).__name__}" for u in units]

    parts = [["1", "2"], ["x", "4"], ["5"]]
    results = list(engine.run_ordered(parts, start, fallback, window=2))
    assert results == [[1, 2], ["error:x:ValueError", 4], [5]]


def test_worker_killed_mid_run_still_gives_every_record(client, paths, expected) -> None:  # noqa: ANN001
    client.wait_for_workers(2, timeout=120)
    pids = client.run(os.getpid)
    records = engine.extract_records(paths, scheduler=client, partition_size=2, window=6)
    out = [next(records).model_dump(mode="json")]
    victim = sorted(pids)[0]
    os.kill(pids[victim], signal.SIGKILL)  # tasks of the other partitions are in flight now
    out.extend(_dumps(records))
    assert out == expected
    client.wait_for_workers(2, timeout=120)  # the nanny starts a new worker process
    assert set(client.run(os.getpid).values()) != set(pids.values())


def test_load_into_sqlite_is_incremental(client, paths, tmp_path) -> None:  # noqa: ANN001
    import sqlalchemy as sa

    url = f"sqlite:///{tmp_path / 'socdoc.db'}"
    first = engine.load_records_dask(paths, url, scheduler=client, partition_size=8)
    assert (first.loaded, first.failed, first.unchanged) == (46, 1, 0)
    second = engine.load_records_dask(paths, url, scheduler=client, partition_size=8)
    assert (second.loaded, second.replaced, second.failed, second.unchanged) == (0, 0, 1, 46)
    changed = Path(paths[0]) / "doc_05.txt"
    original = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(original + " Beløbet er 7 mio. kr.", encoding="utf-8")
        third = engine.load_records_dask(paths, url, scheduler=client, partition_size=8)
    finally:
        changed.write_text(original, encoding="utf-8")
    assert (third.replaced, third.unchanged) == (1, 45)
    with sa.create_engine(url).connect() as conn:
        assert conn.execute(sa.text("select count(*) from documents")).scalar() == 47


def test_bag_and_dataframe(client, paths, expected) -> None:  # noqa: ANN001
    bag = engine.extract_bag(paths, partition_size=10)
    assert bag.npartitions == 5
    bag = bag.persist(scheduler=client)  # extracted once for both checks
    records = bag.compute(scheduler=client)
    assert records == expected
    pytest.importorskip("pandas")
    frame = engine.to_dataframe(bag).compute(scheduler=client)
    assert list(frame["doc_id"]) == [r["doc_id"] for r in expected]
    assert frame["n_amounts"].sum() == sum(len(r["amounts"]) for r in expected)
    assert frame.loc[frame["doc_id"] == "tom.txt", "error_type"].item() == "EmptyDocumentError"
    assert str(frame["published"].dtype).startswith("datetime64")


def test_cli_extract_with_dask_engine(client, paths, expected, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "facts.jsonl"
    result = CliRunner().invoke(
        cli, ["extract", *paths, "--engine", "dask", "--scheduler", client.scheduler.address, "-o", str(out), "-q"]
    )
    assert result.exit_code == 1, result.output  # one document failed
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == expected


def test_plan_lists_names_without_reading(corpus: Path) -> None:
    units = list(engine.plan_units([corpus / "arkiv.zip", corpus / "docs" / "doc_01.txt"]))
    assert [(u.kind, u.doc_id, u.payload) for u in units] == [
        ("zip_member", "arkiv.zip::referater/ref_0.txt", None),
        ("zip_member", "arkiv.zip::referater/ref_1.txt", None),
        ("zip_member", "arkiv.zip::referater/ref_2.txt", None),
        ("file", "doc_01.txt", None),
    ]
    assert [u.kind for u in engine.plan_units([corpus / "nyheder.tar.gz"])] == ["bytes"] * 3
