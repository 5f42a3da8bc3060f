"""``shishya-data``: check, build and inspect the career content from the command line.

A thin layer over the catalogue library. Exit codes: 0 fine, 1 content problems or a stale
database, 2 bad usage or a database that cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import textwrap
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

from .. import paths
from ..console import make_output_safe
from . import glossary as glossary_rules
from . import hindi_cli, vocab
from .build import BuildError, build_database
from .catalog import Catalog
from .errors import CatalogError
from .glossary import Glossary, PageTerms, expand_plain
from .hindi_report import hindi_report
from .records import Career
from .sources import GLOSSARY_FILE, Problem, Sources, read_sources
from .validate import check_glossary, validate

HINDI_LISTED = 40
THIN_LIMITS = {"typical_day": 4, "skills": 4, "pros": 3, "cons": 3, "related": 3}


def _read_valid(data: Path) -> Sources | None:
    sources = read_sources(data)
    problems = validate(sources)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s) in {data}", file=sys.stderr)
        return None
    return sources


def cmd_validate(args: argparse.Namespace) -> int:
    sources = _read_valid(args.data)
    if sources is None:
        return 1
    print(
        f"OK: {len(sources.careers)} careers, {len(sources.exams)} exams, "
        f"{len(sources.categories)} categories, {len(sources.quotes)} quotes"
    )
    stale = hindi_report(sources).of("stale")
    if stale:
        print(
            f"{len(stale)} Hindi translation(s) are stale (the English changed since; they show "
            "in English until updated and re-stamped with `shishya-data hi-stamp --refresh`):"
        )
        for item in stale:
            print(f"  {item.kind}/{item.owner}: {item.field}")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    sources = _read_valid(args.data)
    if sources is None:
        return 1
    out = args.out or args.data / "shishya.db"
    started = time.perf_counter()
    try:
        build_database(sources, out)
    except BuildError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"built {out} ({out.stat().st_size / 1024:.0f} KiB) in {elapsed:.2f} s")
    return 0


def cmd_check_built(args: argparse.Namespace) -> int:
    """Fail when the committed database is not what the sources build to."""
    sources = _read_valid(args.data)
    if sources is None:
        return 1
    committed = args.db or args.data / "shishya.db"
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.db"
        build_database(sources, fresh)
        same = committed.is_file() and committed.read_bytes() == fresh.read_bytes()
    if not same:
        print(
            f"{committed} is out of date: run `shishya-data build` and commit it "
            f"(built here with SQLite {sqlite3.sqlite_version}; another SQLite version may "
            "write different bytes for the same content)",
            file=sys.stderr,
        )
        return 1
    print(f"{committed} matches a fresh build")
    return 0


def _open(args: argparse.Namespace) -> Catalog:
    return Catalog.open(args.db or paths.database_path())


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as catalog:
        info = catalog.info()
        facets = catalog.facets()
        print(
            f"Shishya content {info.version} ({info.date}): "
            f"{info.careers} careers, {info.exams} exams"
        )
        print("\nCareers per category:")
        for facet in facets.categories:
            print(f"  {facet.count:4d}  {facet.label}")
        print("\nCareers per minimum education:")
        for facet in facets.min_education:
            print(f"  {facet.count:4d}  {facet.label}")
        exams_unused = [
            e.short_name for e in catalog.exams() if not catalog.careers_for_exam(e.slug)
        ]
        print(
            f"\nExams no career lists: {len(exams_unused)}"
            + (f" ({', '.join(exams_unused)})" if exams_unused else "")
        )
        thin = []
        for summary in catalog.career_summaries():
            career = catalog.career(summary.slug)
            if career is None:
                continue
            missing = [
                name for name, low in THIN_LIMITS.items() if len(getattr(career, name)) <= low
            ]
            if not career.isco:
                missing.append("isco")
            if not career.aliases:
                missing.append("aliases")
            if not any(path.affordable for path in career.paths):
                missing.append("affordable path")
            if missing:
                thin.append(f"  {career.slug}: {', '.join(missing)}")
        print(f"\nCareers with thin fields (at the minimum, or missing): {len(thin)}")
        print("\n".join(thin))
    _print_hindi(read_sources(args.data))
    return 0


def _print_hindi(sources: Sources) -> None:
    """How much of the content has Hindi, and which fields do not (missing or stale)."""
    report = hindi_report(sources)
    print("\nHindi (fields or entries: current / all; missing and stale show in English):")
    for kind, counts in report.by_kind().items():
        total = sum(counts.values())
        others = ", ".join(
            f"{n} {state}" for state, n in sorted(counts.items()) if state != "current"
        )
        print(f"  {kind:10s} {counts['current']:5d} / {total:<5d} {others}")
    states: dict[str, list[tuple[str, str]]] = {}
    for item in report.fields:
        states.setdefault(f"{item.kind}/{item.owner}", []).append((item.field, item.state))
    lacking = {
        owner: "no Hindi"
        if all(state == "missing" for _, state in fields)
        else ", ".join(f"{field} ({state})" for field, state in fields if state != "current")
        for owner, fields in states.items()
        if any(state != "current" for _, state in fields)
    }
    print(f"Without complete Hindi: {len(lacking)}")
    for owner, what in list(lacking.items())[:HINDI_LISTED]:
        print(f"  {owner}: {what}")
    if len(lacking) > HINDI_LISTED:
        print(f"  … and {len(lacking) - HINDI_LISTED} more")


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as catalog:
        started = time.perf_counter()
        found = catalog.search_careers(args.query, limit=args.limit)
        results = catalog.summaries(found.slugs)
        elapsed_ms = (time.perf_counter() - started) * 1000
        nearest = catalog.summaries(found.nearest)
    if args.json:
        print(
            json.dumps(
                {
                    **found.report(),
                    "results": [
                        {
                            "slug": r.slug,
                            "title": r.title,
                            "category": r.category,
                            "category_name": r.category_name,
                            "tagline": r.tagline,
                        }
                        for r in results
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if found.corrected:
        print(f"Showing results for “{found.searched}” (typed “{found.typed}”)")
    for matched in found.needs:
        print(f"Applied from “{matched.words}”: {matched.need.label}")
    if found.exams:
        print("Exams named: " + ", ".join(found.exams))
    if not results:
        print("No careers match.")
        if nearest:
            print("Nearest: " + ", ".join(f"{n.title} [{n.slug}]" for n in nearest))
    for position, result in enumerate(results, 1):
        print(f"{position:3d}. {result.title}  [{result.slug}]  — {result.category_name}")
    print(f"({len(results)} result(s) in {elapsed_ms:.1f} ms)", file=sys.stderr)
    return 0


def _lines(items: Sequence[str], page: PageTerms | None = None) -> str:
    return "\n".join(f"  • {expand_plain(item, page)}" for item in items)


def render_career(career: Career, glossary: Glossary | None = None) -> str:
    """One career as plain text; with ``glossary``, abbreviations spelt out at first use (in
    the sense the page means; one with several meanings and none chosen is left alone)."""
    page = glossary.page(career.glossary_senses) if glossary else None

    def x(text: str) -> str:
        return expand_plain(text, page)

    wrap = textwrap.TextWrapper(width=88, initial_indent="  ", subsequent_indent="  ").fill
    parts = [
        f"{career.title}  ({career.title_hi})",
        f"{career.category.name}" + ("  · new-age" if career.new_age else ""),
        x(career.tagline),
        "",
        "What they actually do",
        wrap(x(career.what_they_do)),
        "",
        "A typical day",
        _lines(career.typical_day, page),
        "",
        "How to become one",
    ]
    for number, path in enumerate(career.paths, 1):
        flag = "  (low-cost route)" if path.affordable else ""
        parts.append(f"  {number}. {x(path.title)} — about {path.years:g} years{flag}")
        parts += [
            f"     → {x(s.step)}" + (f" ({s.years:g} yr)" if s.years else "") for s in path.steps
        ]
        if path.note:
            parts.append(f"     {x(path.note)}")
    parts += [
        "",
        "Streams after class 10: " + ", ".join(vocab.STREAMS.get(s, s) for s in career.streams),
        "Minimum education: " + vocab.MIN_EDUCATION.get(career.min_education, career.min_education),
        "",
        "Qualifications",
        _lines(career.qualifications, page),
        "",
        "Skills that matter",
        _lines(career.skills, page),
        "",
        "Salary (₹ lakh per year)",
    ]
    for band in career.salary:
        note = f"  — {x(band.note)}" if band.note else ""
        parts.append(
            f"  {vocab.SALARY_LEVELS.get(band.level, band.level):<10} "
            f"₹{band.min_lpa:g}–{band.max_lpa:g} LPA{note}"
        )
    parts.append(wrap(x(career.salary_note)))
    if career.pay_level:
        parts.append(wrap("Government pay: " + x(career.pay_level)))
    parts += [
        "",
        "Growth: " + " → ".join(x(step) for step in career.growth),
        "",
        "Employers (informational, not endorsement)",
        _lines(career.employers, page),
        "",
        "Pros",
        _lines(career.pros, page),
        "",
        "Cons",
        _lines(career.cons, page),
        "",
        f"Demand outlook: {vocab.DEMAND.get(career.demand, career.demand)}. "
        f"{x(career.demand_note)}",
        "",
        "Related careers: " + ", ".join(r.title for r in career.related),
        "Relevant exams: " + (", ".join(e.short_name for e in career.exams) or "none"),
        "",
        f"ISCO-08 {career.isco or '—'} · interests {career.riasec} · reviewed {career.reviewed}",
    ]
    return "\n".join(parts)


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as catalog:
        career = catalog.career(args.slug)
        if career is None:
            suggestions = catalog.search(args.slug, limit=5)
            print(f"No career with the slug '{args.slug}'.", file=sys.stderr)
            if suggestions:
                print("Did you mean: " + ", ".join(s.slug for s in suggestions), file=sys.stderr)
            return 2
        print(render_career(career, catalog.glossary()))
    return 0


def _read_terms(path: Path) -> tuple[list[glossary_rules.Term], list[Problem]]:
    """The well-formed terms of one glossary file, and the problems of the others."""
    problems: list[Problem] = []
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        return [], [Problem(str(path), "", f"cannot be read: {error}")]
    entries = document.get("term", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return [], [Problem(str(path), "term", "must be a list of [[term]] tables")]
    glossary = check_glossary(entries, problems, shown_as=str(path))
    return list(glossary.terms()), problems


def cmd_glossary_merge(args: argparse.Namespace) -> int:
    """Add the terms of staging glossary files to data/glossary.toml, sorted; clashes refused,
    or with ``--senses`` added as another meaning."""
    target = args.data / GLOSSARY_FILE
    existing, problems = _read_terms(target)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    header = "\n".join(
        line for line in target.read_text(encoding="utf-8").splitlines() if line.startswith("#")
    )
    incoming: list[glossary_rules.Term] = []
    failed = False
    for path in args.files:
        terms, problems = _read_terms(path)
        for problem in problems:
            print(problem, file=sys.stderr)
        failed = failed or bool(problems)
        incoming += terms
    merge = glossary_rules.merge_terms(existing, incoming, senses=args.senses)
    for kept, refused in merge.conflicts:
        print(
            f"{refused.abbr}: kept '{kept.full}', refused '{refused.full}' "
            "(edit glossary.toml by hand if the new full form is better; --senses adds it "
            "as another meaning)",
            file=sys.stderr,
        )
    for term in merge.added:
        print(f"added {term.abbr}: {term.full}")
    for term in merge.senses:
        others = [t.full for t in merge.terms if glossary_rules.same_key(t, term) and t != term]
        print(f"added {term.abbr}: {term.full} (another meaning, beside: {'; '.join(others)})")
    if merge.added or merge.senses:
        hindi: dict[tuple[str, str], dict[str, str]] = {}
        for path in [*args.files, target]:  # the glossary's own Hindi wins over a staging file's
            with path.open("rb") as handle:
                hindi.update(glossary_rules.hindi_of_entries(tomllib.load(handle).get("term", [])))
        text = glossary_rules.glossary_toml(merge.terms, header, hindi)
        target.write_text(text, encoding="utf-8")
    print(
        f"{GLOSSARY_FILE}: {len(merge.added)} added, {len(merge.senses)} added as another "
        f"meaning, {len(merge.same)} already there, {len(merge.conflicts)} refused; "
        f"{len(merge.terms)} terms"
    )
    return 1 if failed or merge.conflicts else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shishya-data", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=paths.content_dir(),
        help="content folder (default: the bundled data/ folder)",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="database to read (default: the bundled data/shishya.db)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check every content file; list all problems")
    build = commands.add_parser("build", help="validate, then build the database")
    build.add_argument(
        "--out", type=Path, default=None, help="where to write (default: data/shishya.db)"
    )
    commands.add_parser("check-built", help="fail if data/shishya.db differs from a fresh build")
    commands.add_parser("stats", help="careers per category, exams, thin fields")
    search = commands.add_parser("search", help="search careers as the app does")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument(
        "--json",
        action="store_true",
        help="print JSON: the results (slug, title, category) and the correction or needs applied",
    )
    show = commands.add_parser("show", help="one career as readable text")
    show.add_argument("slug")
    merge = commands.add_parser(
        "glossary-merge", help="add the terms of other glossary files to data/glossary.toml"
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument(
        "--senses",
        action="store_true",
        help="add a term whose abbreviation is there with another full form as another meaning "
        "(without it such terms are refused: most are the same meaning in other words)",
    )
    pack = commands.add_parser("pack", help="make a signed content pack from the built database")
    pack.add_argument("--key", type=Path, required=True, metavar="SECRET_KEY_FILE")
    pack.add_argument("--out", type=Path, required=True, metavar="FILE.shpack")
    pack.add_argument(
        "--serial",
        type=int,
        default=None,
        help="a whole number larger than every earlier pack's (default: the time in seconds)",
    )
    pack.add_argument("--change", action="append", default=[], help="one line of the change list")
    keygen = commands.add_parser("keygen", help="make a new signing key pair (minisign format)")
    keygen.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    hindi_cli.add_commands(commands)
    return parser


def cmd_pack(args: argparse.Namespace) -> int:
    from ..packs import signing
    from ..packs.make import make_pack
    from ..safe_write import WriteError

    try:
        key = signing.read_secret_key(args.key.read_text(encoding="utf-8"))
    except (OSError, UnicodeError, signing.SignatureError) as error:
        print(f"shishya-data pack: cannot use the key {args.key}: {error}", file=sys.stderr)
        return 2
    database = args.db or paths.database_path()
    try:
        manifest = make_pack(database, key, args.out, serial=args.serial, changes=args.change)
    except WriteError as error:
        print(f"shishya-data pack: {error}", file=sys.stderr)
        return 2
    size = args.out.stat().st_size
    print(
        f"Wrote {args.out}: content {manifest.content_version} of {manifest.content_date}, "
        f"serial {manifest.serial}, {size:,} bytes, signed by key {key.public.id_text}"
    )
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    from ..packs import signing
    from ..safe_write import WriteError, write_file

    secret, public = args.out / "shishya-content.key", args.out / "shishya-content.pub"
    if secret.exists() or public.exists():
        print(f"shishya-data keygen: {args.out} already holds a key; not replaced", file=sys.stderr)
        return 2
    key = signing.generate()
    try:
        write_file(secret, key.to_text().encode())
        secret.chmod(0o600)
        write_file(public, key.public.to_text().encode())
    except (OSError, WriteError) as error:
        print(f"shishya-data keygen: {error}", file=sys.stderr)
        return 2
    print(f"Secret key: {secret} (keep it offline; never in the repository or a bundle)")
    print(f"Public key: {public} (add its two lines to shishya_desktop/packs/keys.py)")
    return 0


COMMANDS = {
    "pack": cmd_pack,
    "keygen": cmd_keygen,
    "validate": cmd_validate,
    "build": cmd_build,
    "check-built": cmd_check_built,
    "stats": cmd_stats,
    "search": cmd_search,
    "show": cmd_show,
    "glossary-merge": cmd_glossary_merge,
    **hindi_cli.COMMANDS,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    make_output_safe()
    try:
        return COMMANDS[args.command](args)
    except CatalogError as error:
        print(f"shishya-data: {error}", file=sys.stderr)
        print("  " + error.details().replace("\n", "\n  "), file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
