#!/usr/bin/env python3
"""Summarises the baked-guard BenchmarkDotNet reports as one table of speed-ups (plain / variant).

Usage: summarize-baked.py DECISIONS.txt REPORT.md [REPORT.md ...]
DECISIONS.txt holds the "// Optpoline ..." lines of the run's log (what each site decided, what was baked).
"""
import re
import sys

KINDS = {'BakedInterfaceCallBenchmarks': 'Interface', 'BakedAbstractClassCallBenchmarks': 'Abstract class',
         'BakedGenericVirtualCallBenchmarks': 'Generic virtual'}

sites, guards = {}, {}
for line in open(sys.argv[1]):
    m = re.match(r'// Optpoline (\w+)/(\w+)/(\w+) (optpoline|baked) site: (\w+), patches \d+, slots \[([^\]]*)\], baked \[([^\]]*)\](, baked hit (\d+) %)?', line)
    if m:
        key = (KINDS[m.group(1)], m.group(2), m.group(3))
        slots = m.group(6)
        state = m.group(5) + (f' ({len(slots.split("/"))})' if m.group(5) == 'Promoted' and slots else '')
        if m.group(4) == 'baked':
            hit = f', hit {m.group(9)} %' if m.group(9) else ''
            sites[key + ('baked',)] = state
            guards[key] = (m.group(7) if m.group(7) != 'none' else 'none') + hit
        else:
            sites[key + ('optpoline',)] = state

rows = {}
for path in sys.argv[2:]:
    kind = next(v for k, v in KINDS.items() if k in path or v.lower().replace(' ', '-') in path)
    header = None
    for line in open(path):
        cells = [c.strip() for c in line.replace('**', '').strip().strip('|').split('|')]
        if cells and cells[0] == 'Method':
            header = cells
            continue
        if header is None or len(cells) != len(header) or cells[0] not in ('Plain', 'Optpoline', 'Baked'):
            continue
        row = dict(zip(header, cells))
        rows.setdefault((kind, row['Distribution'], row['Order']), {})[row['Method']] = float(row['Mean'].split()[0].replace(',', ''))

print('| call | receivers | order | plain (ns) | Optpoline (ns) | site | baked (ns) | baked guards | site behind them | **baked speed-up** | Optpoline speed-up |')
print('|---|---|---|---:|---:|---|---:|---|---|---:|---:|')
for (kind, dist, order), v in rows.items():
    if not all(m in v for m in ('Plain', 'Optpoline', 'Baked')):
        continue
    print(f"| {kind} | {dist} | {order} | {v['Plain']:.2f} | {v['Optpoline']:.2f} | {sites.get((kind, dist, order, 'optpoline'), '?')} "
          f"| {v['Baked']:.2f} | {guards.get((kind, dist, order), '?')} | {sites.get((kind, dist, order, 'baked'), '?')} "
          f"| **{v['Plain'] / v['Baked']:.2f}x** | {v['Plain'] / v['Optpoline']:.2f}x |")
