// String building: concatenation, template literals, split and join, case, slices, a regular expression.
function run() {
  let s = '';
  for (let i = 0; i < 400; i++) {
    s += String.fromCharCode(97 + i % 26);
    if (i % 20 === 19) {
      s += ' ';
    }
  }

  const words = s.split(' ');
  const parts = [];
  for (const w of words) {
    parts.push(`${w.length}:${w.toUpperCase().slice(0, 3)}`);
  }

  const joined = parts.join(',');
  let commas = 0;
  for (let i = 0; i < joined.length; i++) {
    if (joined.charCodeAt(i) === 44) {
      commas++;
    }
  }

  return joined.replace(/A/g, '_').length + '|' + commas + '|' + s.indexOf('xyz') + '|' + words.reverse()[1].padStart(25, '.');
}
