#!/usr/bin/env python3
"""Compares the TRX results of a stock test run with the runs of the same tests against woven builds.

usage: trx_compare.py WORK MODE...

WORK/<mode>/results.trx holds each mode's results (WORK/stock/results.trx the reference);
WORK/<mode>/reports/*.json the Optpoline site reports written by the report hook, if any;
WORK/<mode>/weave.log the output of 'optpoline weave'. Prints a markdown table of outcomes per
mode and, per woven mode, every test that passed stock but did not pass woven (a regression),
with its error message. Exits 1 if there is any regression, 0 otherwise.
"""
import collections
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def load_trx(path):
    """Returns (Counter of (name, outcome), {name: first error message}) or None if absent."""
    if not os.path.exists(path):
        return None
    root = ET.parse(path).getroot()
    outcomes = collections.Counter()
    errors = {}
    for r in root.iterfind(".//t:Results/t:UnitTestResult", NS):
        name = r.get("testName")
        outcome = r.get("outcome")
        outcomes[(name, outcome)] += 1
        if outcome != "Passed" and name not in errors:
            msg = r.find("t:Output/t:ErrorInfo/t:Message", NS)
            errors[name] = (msg.text or "").strip() if msg is not None else ""
    return outcomes, errors


def counts(outcomes):
    c = collections.Counter()
    for (_, outcome), n in outcomes.items():
        key = {"Passed": "passed", "Failed": "failed", "NotExecuted": "skipped"}.get(outcome, "other")
        c[key] += n
    return c


def passed_names(outcomes):
    p = collections.Counter()
    for (name, outcome), n in outcomes.items():
        if outcome == "Passed":
            p[name] += n
    return p


def site_stats(work, mode):
    reports = sorted(glob.glob(os.path.join(work, mode, "reports", "*.json")), key=os.path.getsize)
    if not reports:
        return None
    sites = json.load(open(reports[-1]))["sites"]
    states = collections.Counter(s["state"] for s in sites)
    return {
        "sites created": len(sites),
        "promoted at end": states.get("Promoted", 0),
        "patched at least once": sum(1 for s in sites if s.get("patches", 0) > 0),
        "megamorphic at end": states.get("Megamorphic", 0),
        "baked": sum(1 for s in sites if s.get("baked")),
        "promoted by kind": collections.Counter(s["kind"] for s in sites if s["state"] == "Promoted"),
    }


def rewritten(work, mode):
    """(found, rewritten) from the summary table of 'optpoline weave' (its total row, else its one row)."""
    path = os.path.join(work, mode, "weave.log")
    if not os.path.exists(path):
        return None
    blocks = []  # [name, found, rewritten]: a row with a name, and the rows under it with none
    for line in open(path, encoding="utf-8", errors="replace"):
        if "│" not in line:
            continue
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if len(cells) < 3 or cells[0] == "Assembly":
            continue
        number = re.match(r"[\d,]+", cells[2])
        n = int(number.group(0).replace(",", "")) if number else 0
        if cells[0]:
            found = re.fullmatch(r"[\d,]+", cells[1])
            blocks.append([cells[0], int(cells[1].replace(",", "")) if found else 0, n])
        elif blocks:
            blocks[-1][2] += n
    total = [b for b in blocks if b[0].lower() == "total"]
    chosen = total[-1:] if total else blocks
    if not chosen:
        return None
    return (sum(b[1] for b in chosen), sum(b[2] for b in chosen))


def main():
    work, modes = sys.argv[1], sys.argv[2:]
    stock = load_trx(os.path.join(work, "stock", "results.trx"))
    if stock is None:
        sys.exit(f"{work}/stock/results.trx: no stock results")
    stock_passed = passed_names(stock[0])
    stock_all = collections.Counter()
    for (name, _), n in stock[0].items():
        stock_all[name] += n
    extras = {}
    print("| mode | passed | failed | skipped | total | passed stock, not woven | sites found / rewritten | sites created | promoted at end | patched at least once | baked |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    regressions = {}
    for mode in modes:
        result = load_trx(os.path.join(work, mode, "results.trx"))
        if result is None:
            print(f"| {mode} | no results | | | | | | | | | |")
            regressions[mode] = [("(the run left no results)", "")]
            continue
        c = counts(result[0])
        woven_passed = passed_names(result[0])
        lost = [] if mode == "stock" else sorted((stock_passed - woven_passed).elements())
        if lost:
            regressions[mode] = [(n, result[1].get(n, "(not run)")) for n in lost]
        ran = collections.Counter()
        for (name, _), n in result[0].items():
            ran[name] += n
        extra = sorted((ran - stock_all).elements())
        if extra:
            extras[mode] = extra
        rw = rewritten(work, mode)
        st = site_stats(work, mode) or {}
        print(f"| {mode} | {c['passed']} | {c['failed']} | {c['skipped']} | {sum(c.values())} | "
              f"{'' if mode == 'stock' else len(lost)} | {'' if rw is None else f'{rw[0]} / {rw[1]}'} | "
              f"{st.get('sites created', '')} | {st.get('promoted at end', '')} | {st.get('patched at least once', '')} | "
              f"{st.get('baked', '') if mode not in ('stock',) and st else ''} |")
    print()
    for mode in modes:
        st = site_stats(work, mode)
        if st and st["promoted by kind"]:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(st["promoted by kind"].items()))
            print(f"{mode}: promoted at end, by kind: {kinds}")
    for mode, extra in extras.items():
        print(f"{mode}: {len(extra)} test(s) ran here but not stock, e.g. {', '.join(extra[:3])}")
    for mode, lost in regressions.items():
        print(f"\n{mode}: {len(lost)} test(s) passed stock but not here:")
        for name, message in lost[:50]:
            first = message.splitlines()[0] if message else ""
            print(f"  {name}: {first[:300]}")
        if len(lost) > 50:
            print(f"  ... and {len(lost) - 50} more")
    sys.exit(1 if regressions else 0)


if __name__ == "__main__":
    main()
