#!/usr/bin/env python3
"""Summarises BenchmarkDotNet call-site reports as one table of speed-ups (plain / variant).

Usage: summarize-calls.py DECISIONS.txt REPORT.md [REPORT.md ...]
Reports later on the command line override earlier ones for the same (call, distribution, order),
so a re-run of some distributions can be laid over a full run. DECISIONS.txt holds the
"// Optpoline ... settled ... in state X" lines of the runs' logs.
"""
import re
import sys

KINDS = {'InterfaceCallBenchmarks': 'Interface', 'AbstractClassCallBenchmarks': 'Abstract class',
         'GenericVirtualCallBenchmarks': 'Generic virtual'}


def kind_of(path):
    return next(v for k, v in KINDS.items() if k in path or v.lower().replace(' ', '-') in path)


rows, states = {}, {}
for line in open(sys.argv[1]):
    m = re.match(r'// Optpoline (\w+)/(\w+)/(\w+): \S+ after .* in state (\w+)', line)
    if m:
        states[(KINDS[m.group(1)], m.group(2), m.group(3))] = m.group(4)
for path in sys.argv[2:]:
    kind = kind_of(path)
    seen = {}
    for line in open(path):
        cells = [c.strip() for c in line.replace('**', '').strip().strip('|').split('|')]
        if len(cells) < 6 or cells[0] not in ('Plain', 'Optpoline', 'TypeSwitch'):
            continue
        method, job, dist, order, mean = cells[0], cells[1], cells[3], cells[4], cells[5]
        seen.setdefault((kind, dist, order), {})[method + ('/nopgo' if job == 'NoPGO' else '')] = float(mean.split()[0].replace(',', ''))
    rows.update(seen)

print('| call | receivers | order | plain, PGO (ns) | plain, no PGO (ns) | Optpoline (ns) | site | **Optpoline speed-up** | type switch speed-up |')
print('|---|---|---|---:|---:|---:|---|---:|---:|')
for (kind, dist, order), v in rows.items():
    nopgo = f"{v['Plain/nopgo']:.2f}" if 'Plain/nopgo' in v else ''
    print(f"| {kind} | {dist} | {order} | {v['Plain']:.2f} | {nopgo} | {v['Optpoline']:.2f} | {states.get((kind, dist, order), '?')} "
          f"| **{v['Plain'] / v['Optpoline']:.2f}x** | {v['Plain'] / v['TypeSwitch']:.2f}x |")
