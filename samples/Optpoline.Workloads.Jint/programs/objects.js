// Property-heavy objects: literals, nested objects, reads and writes, added and deleted properties, dynamic keys.
function makeRecord(i) {
  return { id: i, name: 'item' + i, price: (i * 37) % 100 + 0.5, qty: i % 7, tags: ['a', 'b'], dims: { w: i % 5, h: i % 3, d: 1 } };
}

function run() {
  const records = [];
  for (let i = 0; i < 300; i++) {
    records.push(makeRecord(i));
  }

  let total = 0;
  let volume = 0;
  for (const r of records) {
    r.total = r.price * r.qty;
    total += r.total;
    volume += r.dims.w * r.dims.h * r.dims.d;
    if (r.qty === 0) {
      delete r.tags;
    } else {
      r.tags.push('q' + r.qty);
    }
  }

  const summary = {};
  for (const r of records) {
    const key = 'k' + (r.id % 10);
    summary[key] = (summary[key] || 0) + r.total;
  }

  return total + '|' + volume + '|' + Object.keys(summary).length + '|' + Object.keys(records[5]).join(',');
}
