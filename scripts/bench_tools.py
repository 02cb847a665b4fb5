#!/usr/bin/env python3
"""Helpers for scripts/bench: write the benchmark corpus, time nq against SQLite, DuckDB and jq,
and print one table of figures, ratios and targets.

    bench_tools.py corpus GOLD.jsonl DIR MB     DIR/<id>.txt, copies of GOLD's articles with
                                                distinct ids until about MB megabytes of text
    bench_tools.py distinct GOLD.jsonl DIR MB   DIR/distinct-<n>.txt, articles that all differ
                                                (paragraphs of GOLD's articles recombined)
    bench_tools.py run NQ DIR WORK [DISTINCT]   measure and print the table (WORK holds the
                                                exported CSV files and the peers' databases;
                                                DISTINCT, a folder of distinct articles, gets its
                                                own load and memory figures)

Environment: NQ_BENCH_RUNS (whole-process loads, best taken; default 3), NQ_BENCH_REPEAT (times
each query runs inside one shell, median taken; default 5), NQ_BENCH_STARTUP (startup runs,
median taken; default 20; timed by hyperfine when it is installed, which scripts/bench does).
"""
import csv
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

MB = 1_000_000

# The sqlite3 and DuckDB shells time a whole input line to the millisecond, so their fast queries
# are written BATCH times on one line and the time divided; nq times each statement to the µs.
BATCH = {"lookup": 100, "grouping": 10, "text scan": 1, "top groups": 10, "relation": 10, "order text": 1}

# The three questions, in nq and in SQL with nq's semantics: `=` on speaker matches the full
# canonical name (nq also accepts aliases, ignoring case); `contains` ignores ASCII case, as
# SQLite's LIKE does and DuckDB's ILIKE does.
QUERIES = [
    (
        "lookup",
        'count quotes where speaker = "Hillary Clinton"',
        "SELECT count(*) AS count FROM quotes WHERE speaker = 'Hillary Clinton';",
        "SELECT count(*) AS count FROM quotes WHERE speaker = 'Hillary Clinton';",
    ),
    (
        "grouping",
        "count quotes by speaker",
        "SELECT speaker, count(*) AS count FROM quotes GROUP BY speaker ORDER BY count DESC, speaker;",
        "SELECT speaker, count(*) AS count FROM quotes GROUP BY speaker ORDER BY count DESC, speaker;",
    ),
    (
        "text scan",
        'count sentences where text contains "tax"',
        "SELECT count(*) AS count FROM sentences WHERE text LIKE '%tax%';",
        "SELECT count(*) AS count FROM sentences WHERE text ILIKE '%tax%';",
    ),
    (
        "top groups",
        "count quotes by speaker limit 10",
        "SELECT speaker, count(*) AS count FROM quotes GROUP BY speaker ORDER BY count DESC, speaker LIMIT 10;",
        "SELECT speaker, count(*) AS count FROM quotes GROUP BY speaker ORDER BY count DESC, speaker LIMIT 10;",
    ),
    (
        "relation",
        'count articles where id in (quotes where speaker = "Hillary Clinton" select article)'
        ' and id in (quotes where speaker = "Donald Trump" select article)',
        "SELECT count(*) AS count FROM (SELECT article FROM quotes WHERE speaker = 'Hillary Clinton'"
        " INTERSECT SELECT article FROM quotes WHERE speaker = 'Donald Trump');",
        "SELECT count(*) AS count FROM (SELECT article FROM quotes WHERE speaker = 'Hillary Clinton'"
        " INTERSECT SELECT article FROM quotes WHERE speaker = 'Donald Trump');",
    ),
    (
        "order text",
        "sentences order by text limit 1 select article, sentence",
        "SELECT article, sentence FROM sentences ORDER BY lower(text), text LIMIT 1;",
        "SELECT article, sentence FROM sentences ORDER BY lower(text), text LIMIT 1;",
    ),
]


def reuse_or_clear(folder, stamp, wanted):
    """True when `folder` already holds the corpus `wanted` describes (its stamp file says so);
    otherwise empties the folder and removes the stamp, so that a new corpus can be written."""
    if os.path.isdir(folder) and os.path.isfile(stamp):
        with open(stamp, encoding="utf-8") as handle:
            if json.load(handle).get("wanted") == wanted:
                print(f"bench: reusing the corpus in {folder}", file=sys.stderr)
                return True
    shutil.rmtree(folder, ignore_errors=True)
    if os.path.exists(stamp):
        os.remove(stamp)
    os.makedirs(folder)
    return False


def stamp_corpus(folder, stamp, wanted, count, size, kind):
    """Writes the stamp that lets the next run reuse the corpus, and says what was written."""
    with open(stamp, "w", encoding="utf-8") as handle:
        json.dump({"wanted": wanted, "articles": count, "bytes": size}, handle)
    print(f"bench: wrote {count} {kind}, {size / MB:.2f} MB of text in {folder}", file=sys.stderr)


def corpus(gold, folder, megabytes):
    """Writes copies of the gold articles until the folder holds `megabytes` MB of text; keeps
    an existing corpus of the same size (its stamp file says what it holds)."""
    target = int(float(megabytes) * MB)
    stamp = folder.rstrip("/") + ".stamp"
    wanted = {"gold": os.path.abspath(gold), "gold_bytes": os.path.getsize(gold), "target": target}
    if reuse_or_clear(folder, stamp, wanted):
        return
    articles = []
    with open(gold, encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            articles.append((article["id"], article["text"].encode("utf-8")))
    size = 0
    count = 0
    copy = 0
    while size < target:
        copy += 1
        for article_id, data in articles:
            if size >= target:
                break
            name = article_id if copy == 1 else f"{article_id}~{copy:03d}"
            with open(os.path.join(folder, name + ".txt"), "wb") as out:
                out.write(data)
            size += len(data)
            count += 1
    stamp_corpus(folder, stamp, wanted, count, size, "articles")


def distinct_corpus(gold, folder, megabytes):
    """Writes articles that are all different until the folder holds `megabytes` MB of text:
    each is made of paragraphs drawn (with a fixed seed) from different gold articles, so no two
    articles share their text, their names and quotes come in new combinations, and the memory
    figure does not lean on a corpus of identical copies whose analyses share every string. Keeps
    an existing corpus of the same size (its stamp file says what it holds)."""
    import random

    target = int(float(megabytes) * MB)
    stamp = folder.rstrip("/") + ".stamp"
    wanted = {"gold": os.path.abspath(gold), "gold_bytes": os.path.getsize(gold), "target": target,
              "kind": "distinct"}
    if reuse_or_clear(folder, stamp, wanted):
        return
    paragraphs = []
    lengths = []
    with open(gold, encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            parts = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
            paragraphs.extend(parts)
            lengths.append(len(parts))
    generator = random.Random(13)
    size = 0
    count = 0
    while size < target:
        wanted_paragraphs = max(2, lengths[count % len(lengths)])
        text = "\n\n".join(generator.choice(paragraphs) for _ in range(wanted_paragraphs)) + "\n"
        data = text.encode("utf-8")
        with open(os.path.join(folder, f"distinct-{count:06d}.txt"), "wb") as out:
            out.write(data)
        size += len(data)
        count += 1
    stamp_corpus(folder, stamp, wanted, count, size, "distinct articles")


def run_child(command, stdin=None, stdout=None):
    """Runs a command with stdout to an open file; returns (wall seconds, the child's own peak
    RSS in bytes from wait4, its stderr text). Stops the benchmark if the command fails."""
    errors_path = os.path.join(WORK, "stderr.txt")
    with open(os.devnull, "rb") if stdin is None else open(stdin, "rb") as source:
        with open(errors_path, "wb") as errors:
            started = time.perf_counter()
            child = subprocess.Popen(command, stdin=source, stdout=stdout, stderr=errors)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    with open(errors_path, encoding="utf-8", errors="replace") as handle:
        error_text = handle.read()
    if child.returncode != 0:
        sys.stderr.write(error_text)
        raise SystemExit(f"bench: {' '.join(command)} failed with status {child.returncode}")
    return wall, usage.ru_maxrss * 1024, error_text


WORK = "."


def timed(command, stdin=None, output=None):
    """Runs a command with stdout to `output` (a path, or /dev/null); returns (wall seconds,
    peak RSS bytes, stderr text)."""
    with open(output or os.devnull, "wb") as out:
        return run_child(command, stdin=stdin, stdout=out)


def run_times(text, pattern):
    return [float(value) for value in re.findall(pattern, text)]


def results(text):
    """The results of `count` statements in CSV output, in order: an int for a scalar count, or
    (groups, total) for a grouping; timer lines are skipped."""
    found = []
    lines = [line.rstrip("\r") for line in text.splitlines() if not line.startswith("Run Time")]
    index = 0
    while index < len(lines):
        if lines[index] == "count":
            found.append(int(lines[index + 1]))
            index += 2
        elif lines[index] == "speaker,count":
            index += 1
            groups = 0
            total = 0
            while index < len(lines) and lines[index] not in ("count", "speaker,count", "article,sentence"):
                total += int(lines[index].rsplit(",", 1)[1])
                groups += 1
                index += 1
            found.append((groups, total))
        elif lines[index] == "article,sentence" and index + 1 < len(lines):
            found.append(lines[index + 1])
            index += 2
        else:
            index += 1
    return found


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def duckdb_binary():
    """The DuckDB shell itself, not the Python launcher pip puts on PATH."""
    try:
        import duckdb_cli

        path = os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb")
        if os.access(path, os.X_OK):
            return path
    except ImportError:
        pass
    return shutil.which("duckdb")


def startup(command, runs):
    times = []
    for _ in range(runs):
        wall, _, _ = timed(command)
        times.append(wall)
    return statistics.median(times), min(times)


def startups(commands, runs):
    """(median, best) seconds of each command, run in turns in one hyperfine run (without a
    shell, after warm-up runs), so that every ratio compares runs made under the same load.
    Without hyperfine, each is timed from here, which adds Python's process start to each."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine is None:
        return [startup(command, runs) for command in commands], "Python's subprocess"
    report = os.path.join(WORK, "startup.json")
    subprocess.run([hyperfine, "-N", "--warmup", "5", "--runs", str(runs), "--style", "none",
                    "--export-json", report] + [" ".join(shlex.quote(part) for part in command) for command in commands],
                   check=True, stdout=subprocess.DEVNULL)
    with open(report, encoding="utf-8") as handle:
        results = json.load(handle)["results"]
    return [(result["median"], result["min"]) for result in results], "hyperfine -N"


def seconds(value):
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1e3:.2f} ms"
    return f"{value * 1e6:.0f} µs"


def verdict(met):
    return "met" if met else "NOT MET"


SPACY_SAMPLE = 10 * MB

SPACY_TOKENIZE = r"""
import os, sys, time
import spacy
folder, limit = sys.argv[1], int(sys.argv[2])
texts, size = [], 0
for name in sorted(os.listdir(folder)):
    if size >= limit:
        break
    with open(os.path.join(folder, name), encoding="utf-8") as handle:
        text = handle.read()
    texts.append(text)
    size += len(text.encode("utf-8"))
tokenizer = spacy.blank("en").tokenizer
started = time.perf_counter()
tokens = sum(len(doc) for doc in tokenizer.pipe(texts))
print(size, time.perf_counter() - started, tokens)
"""


def spacy_tokenizer_rate(folder):
    """MB/s of spaCy's English tokenizer alone (a blank pipeline: no model, no tagging) over the
    first SPACY_SAMPLE bytes of the corpus, timed inside Python once the texts are read; None
    when spaCy is not installed."""
    try:
        done = subprocess.run([sys.executable, "-c", SPACY_TOKENIZE, folder, str(SPACY_SAMPLE)],
                              capture_output=True, text=True, check=True)
    except subprocess.CalledProcessError:
        return None
    size, seconds, _ = done.stdout.split()
    return int(size) / MB / float(seconds)


def load(nq, folder, runs):
    """The whole-process load of a folder, best of `runs`: (seconds, peak RSS bytes, text bytes,
    articles)."""
    files = [name for name in os.listdir(folder) if name.endswith(".txt")]
    size = sum(os.path.getsize(os.path.join(folder, name)) for name in files)
    loads = [timed([nq, "-c", "count articles", folder]) for _ in range(runs)]
    return min(wall for wall, _, _ in loads), max(rss for _, rss, _ in loads), size, len(files)


def run(nq, folder, work, distinct=None):
    global WORK
    WORK = work
    os.makedirs(work, exist_ok=True)
    runs = int(os.environ.get("NQ_BENCH_RUNS", "3"))
    repeat = int(os.environ.get("NQ_BENCH_REPEAT", "5"))
    startup_runs = int(os.environ.get("NQ_BENCH_STARTUP", "20"))
    files = [name for name in os.listdir(folder) if name.endswith(".txt")]
    size = sum(os.path.getsize(os.path.join(folder, name)) for name in files)
    targets = []

    # Load: whole process, every layer on; then the same over distinct articles.
    load_wall, load_rss, _, _ = load(nq, folder, runs)
    load_rate = size / MB / load_wall
    memory_ratio = load_rss / size
    distinct_load = load(nq, distinct, runs) if distinct else None
    # The peer for load speed: reading the same files and counting their words with wc -w.
    count_words = 'find "$1" -name "*.txt" -print0 | xargs -0 cat | wc -w'
    wc_wall = min(timed(["sh", "-c", count_words, "sh", folder])[0] for _ in range(runs))
    spacy_rate = spacy_tokenizer_rate(folder)

    # nq's queries, in one process after loading, each repeated.
    script = os.path.join(work, "queries.nq")
    with open(script, "w", encoding="utf-8") as handle:
        handle.write(".timer on\n")
        for _, statement, _, _ in QUERIES:
            handle.write((statement + "\n") * repeat)
    nq_out = os.path.join(work, "nq-out.csv")
    _, query_rss, nq_err = timed([nq, "--format", "csv", folder], stdin=script, output=nq_out)
    nq_times = run_times(nq_err, r"Run Time: real ([0-9.]+)")[1:]
    with open(nq_out, encoding="utf-8") as handle:
        nq_results = results(handle.read())

    # Rows for the peers, exported by nq; best of `runs`, as the load it is compared with.
    exports = {}
    for collection in ("quotes", "sentences"):
        path = os.path.join(work, f"{collection}.csv")
        walls, rsses = [], []
        for _ in range(runs):
            wall, rss, _ = timed([nq, "export", collection, "--format", "csv", folder], output=path)
            walls.append(wall)
            rsses.append(rss)
        exports[collection] = (min(walls), max(rsses), path)

    # SQLite: import into a database file (whole process timed), then the queries in one shell.
    sqlite_db = os.path.join(work, "bench.sqlite")
    if os.path.exists(sqlite_db):
        os.remove(sqlite_db)
    load_sql = os.path.join(work, "sqlite-load.sql")
    with open(load_sql, "w", encoding="utf-8") as handle:
        handle.write(".bail on\n")
        for collection in ("quotes", "sentences"):
            handle.write(f".import --csv {exports[collection][2]} {collection}\n")
        handle.write("CREATE INDEX quotes_speaker ON quotes(speaker);\n")
    sqlite_load, _, _ = timed(["sqlite3", sqlite_db], stdin=load_sql)
    sqlite_script = os.path.join(work, "sqlite-queries.sql")
    with open(sqlite_script, "w", encoding="utf-8") as handle:
        handle.write("PRAGMA cache_size = -2000000;\nPRAGMA mmap_size = 4000000000;\n")
        handle.write(".headers on\n.mode csv\n.timer on\n")
        for (name, _, sql, _) in QUERIES:
            handle.write(((sql + " ") * BATCH[name] + "\n") * repeat)
    sqlite_out = os.path.join(work, "sqlite-out.csv")
    timed(["sqlite3", sqlite_db], stdin=sqlite_script, output=sqlite_out)
    with open(sqlite_out, encoding="utf-8") as handle:
        text = handle.read()
    sqlite_times = run_times(text, r"Run Time: real ([0-9.]+)")
    sqlite_results = results(text)

    # DuckDB: the same CSV files into tables (whole process timed), then the queries.
    duckdb = duckdb_binary()
    duck_db = os.path.join(work, "bench.duckdb")
    for stale in (duck_db, duck_db + ".wal"):
        if os.path.exists(stale):
            os.remove(stale)
    load_duck = os.path.join(work, "duckdb-load.sql")
    with open(load_duck, "w", encoding="utf-8") as handle:
        handle.write(".bail on\n")
        for collection in ("quotes", "sentences"):
            handle.write(
                f"CREATE TABLE {collection} AS SELECT * FROM read_csv('{exports[collection][2]}', header = true);\n")
    duck_load, _, _ = timed([duckdb, duck_db], stdin=load_duck)
    duck_script = os.path.join(work, "duckdb-queries.sql")
    with open(duck_script, "w", encoding="utf-8") as handle:
        handle.write(".headers on\n.mode csv\n.timer on\n")
        for (name, _, _, sql) in QUERIES:
            handle.write(((sql + " ") * BATCH[name] + "\n") * repeat)
    duck_out = os.path.join(work, "duckdb-out.csv")
    timed([duckdb, duck_db], stdin=duck_script, output=duck_out)
    with open(duck_out, encoding="utf-8") as handle:
        text = handle.read()
    duck_times = run_times(text, r"Run Time \(s\): real ([0-9.]+)")
    duck_results = results(text)

    # Startup.
    (nq_start, sqlite_start, jq_start), startup_timer = startups(
        [[nq, "-c", "count quotes"], ["sqlite3", ":memory:", "select 1"], ["jq", "-n", "1"]], startup_runs)

    # The table.
    quotes_rows = csv_rows(exports["quotes"][2])
    sentence_rows = csv_rows(exports["sentences"][2])
    print(f"nq benchmark: {len(files)} articles, {size / MB:.2f} MB of text in {folder}; "
          f"{os.cpu_count()} cores")
    print()
    print(f"Load (whole process: nq -c 'count articles' {folder}, best of {runs})")
    print(f"  time                 {seconds(load_wall):>10}")
    met = load_rate >= 40
    targets.append(met)
    print(f"  speed                {load_rate:>7.1f} MB/s    target >= 40 MB/s       {verdict(met)}")
    print(f"  against wc -w        {load_wall / wc_wall:>7.1f}×       its time ({size / MB / wc_wall:.0f} MB/s,"
          " the same files read and their words counted)")
    if spacy_rate:
        print(f"  against spaCy        {spacy_rate / load_rate:>7.2f}×       its time ({spacy_rate:.1f} MB/s: spaCy's English"
              f" tokenizer alone, no model, one process, over the first {SPACY_SAMPLE // MB} MB)")
    else:
        print("  against spaCy            n/a       (spaCy is not installed; scripts/bench installs it with pip)")
    met = memory_ratio <= 2
    targets.append(met)
    print(f"  peak RSS / text      {memory_ratio:>7.2f}×       target <= 2             {verdict(met)}"
          f"   ({load_rss / MB:.0f} MB peak RSS)")
    if distinct_load:
        wall, rss, text_bytes, articles = distinct_load
        print(f"  distinct articles ({articles} in {distinct}, {text_bytes / MB:.2f} MB: paragraphs of the"
              " training articles recombined, no two alike)")
        print(f"    speed              {text_bytes / MB / wall:>7.1f} MB/s")
        met = rss / text_bytes <= 2
        targets.append(met)
        print(f"    peak RSS / text    {rss / text_bytes:>7.2f}×       target <= 2             {verdict(met)}"
              f"   ({rss / MB:.0f} MB peak RSS)")
    print()
    print(f"Queries (Run Time inside one shell after loading, median of {repeat}; nq times each statement "
          "to the µs; sqlite3 and duckdb time a line to the ms, so each line holds the query "
          + ", ".join(f"{name} ×{count}" for name, count in BATCH.items()) + ", time divided)")
    print(f"  {'query':<10} {'nq':>10} {'sqlite3':>10} {'duckdb':>10} {'nq/sqlite':>10} {'nq/duckdb':>10}"
          f"  {'target':<26} verdict")
    goals = {"lookup": ("< 1× both", lambda s, d: s < 1 and d < 1),
             "grouping": ("< 1× both", lambda s, d: s < 1 and d < 1),
             "text scan": ("<= 2× duckdb", lambda s, d: d <= 2),
             "top groups": ("< 1× duckdb", lambda s, d: d < 1),
             "relation": ("< 1× duckdb", lambda s, d: d < 1),
             "order text": ("<= 2× duckdb", lambda s, d: d <= 2)}
    for number, (name, _, _, _) in enumerate(QUERIES):
        part = slice(number * repeat, (number + 1) * repeat)
        mine = statistics.median(nq_times[part])
        theirs = statistics.median(sqlite_times[part]) / BATCH[name]
        duck = statistics.median(duck_times[part]) / BATCH[name]
        to_sqlite = mine / theirs if theirs > 0 else 0
        to_duck = mine / duck if duck > 0 else 0
        label, test = goals[name]
        resolved = theirs > 0 and duck > 0
        met = resolved and test(to_sqlite, to_duck)
        targets.append(met)
        shown = verdict(met) if resolved else "undecided (peer < 1 ms)"
        print(f"  {name:<10} {seconds(mine):>10} {seconds(theirs):>10} {seconds(duck):>10} "
              f"{(f'{to_sqlite:.2f}×' if theirs else 'n/a'):>10} {(f'{to_duck:.2f}×' if duck else 'n/a'):>10}"
              f"  {label:<26} {shown}")
    print("  results (nq / sqlite3 / duckdb): " + "; ".join(
        f"{name} {describe(nq_results, sqlite_results, duck_results, number, repeat)}"
        for number, (name, _, _, _) in enumerate(QUERIES)))
    print(f"  nq query process peak RSS {query_rss / MB:.0f} MB")
    print()
    print("Loading the peers (whole process; rows exported by nq, best of " + str(runs) + ": "
          f"{quotes_rows} quotes, {sentence_rows} sentences)")
    for collection in ("quotes", "sentences"):
        wall, rss, path = exports[collection]
        print(f"  nq export {collection:<9} {seconds(wall):>10}   {os.path.getsize(path) / MB:7.1f} MB CSV,"
              f" peak RSS {rss / MB:.0f} MB")
    print(f"  sqlite3 .import + index {seconds(sqlite_load):>7}")
    print(f"  duckdb read_csv         {seconds(duck_load):>7}")
    print(f"  nq load (above)         {seconds(load_wall):>7}   (from raw text: parsing and every analysis layer)")
    ratio = exports["quotes"][0] / load_wall
    met = ratio <= 1
    targets.append(met)
    print(f"  export quotes / load {ratio:>7.2f}×       target <= 1             {verdict(met)}"
          f"   (sentences {exports['sentences'][0] / load_wall:.2f}×; best of {runs} each)")
    print()
    print(f"Startup (whole process, median / best of {startup_runs}, timed by {startup_timer})")
    for label, (median, best) in (("nq -c 'count quotes' (demo)", nq_start),
                                  ("sqlite3 :memory: 'select 1'", sqlite_start),
                                  ("jq -n 1", jq_start)):
        print(f"  {label:<30} {seconds(median):>10} {seconds(best):>10}")
    ratio = nq_start[0] / sqlite_start[0]
    met = ratio <= 4
    targets.append(met)
    print(f"  nq / sqlite3 {ratio:>7.2f}×       target <= 4             {verdict(met)}"
          f"   (nq / jq {nq_start[0] / jq_start[0]:.2f}×; medians)")
    print()
    print(f"Targets met: {sum(targets)} of {len(targets)}")


def describe(mine, sqlite, duck, number, repeat):
    def pick(found, batched=True):
        index = sum(BATCH[name] for name, _, _, _ in QUERIES[:number]) * repeat if batched else number * repeat
        if index >= len(found):
            return "?"
        value = found[index]
        return f"{value[0]} groups/{value[1]}" if isinstance(value, tuple) else str(value)

    values = [pick(mine, batched=False), pick(sqlite), pick(duck)]
    return " / ".join(values) + ("" if len(set(values)) == 1 else " (differ)")


def main(argv):
    if len(argv) == 5 and argv[1] == "corpus":
        corpus(argv[2], argv[3], argv[4])
    elif len(argv) == 5 and argv[1] == "distinct":
        distinct_corpus(argv[2], argv[3], argv[4])
    elif len(argv) in (5, 6) and argv[1] == "run":
        run(argv[2], argv[3], argv[4], argv[5] if len(argv) == 6 else None)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
