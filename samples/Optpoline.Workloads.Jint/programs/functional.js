// Closures and higher-order functions: composition, map, filter, reduce, forEach, some, every.
function compose(...fs) {
  return x => fs.reduceRight((v, f) => f(v), x);
}

function run() {
  const xs = Array.from({ length: 500 }, (_, i) => i);
  const f = compose(x => x * 2, x => x + 1, x => x % 97);
  const mapped = xs.map(f).filter(x => x % 3 !== 0);
  const grouped = mapped.reduce((acc, x) => { const k = x % 10; (acc[k] ||= []).push(x); return acc; }, {});
  const counter = (() => { let c = 0; return { inc: () => ++c, get: () => c }; })();
  xs.forEach(x => { if (x & 1) { counter.inc(); } });
  return mapped.length + '|' + Object.values(grouped).map(g => g.length).join(',') + '|' + counter.get() + '|' + xs.some(x => x > 498) + xs.every(x => x >= 0);
}
