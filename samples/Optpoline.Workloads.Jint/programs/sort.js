// Array sort with comparators: objects by two keys, then numbers descending.
let seed = 42;

function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}

function run() {
  seed = 42;
  const people = [];
  for (let i = 0; i < 400; i++) {
    people.push({ age: next() % 90, name: 'n' + (next() % 1000), score: next() % 10000 / 100 });
  }

  people.sort((a, b) => a.age - b.age || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const scores = people.map(p => p.score);
  scores.sort((a, b) => b - a);
  return people[0].age + people[0].name + '|' + people[399].age + people[399].name + '|' + scores[0] + '|' + scores[399];
}
