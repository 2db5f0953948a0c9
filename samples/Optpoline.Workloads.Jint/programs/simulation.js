// A class-based simulation: a small hierarchy with overrides and super calls, updated in steps.
class Entity {
  constructor(x, y) { this.x = x; this.y = y; this.alive = true; }
  update(dt) { }
  energy() { return 0; }
}

class Mover extends Entity {
  constructor(x, y, vx, vy) { super(x, y); this.vx = vx; this.vy = vy; }
  update(dt) {
    this.x += this.vx * dt;
    this.y += this.vy * dt;
    if (this.x < 0 || this.x > 100) { this.vx = -this.vx; }
    if (this.y < 0 || this.y > 100) { this.vy = -this.vy; }
  }
  energy() { return (this.vx * this.vx + this.vy * this.vy) / 2; }
}

class Heavy extends Mover {
  update(dt) { super.update(dt / 2); }
  energy() { return super.energy() * 4; }
}

class Spinner extends Entity {
  constructor(x, y) { super(x, y); this.angle = 0; }
  update(dt) { this.angle = (this.angle + 10 * dt) % 360; }
  energy() { return this.angle / 360; }
}

class Decayer extends Mover {
  constructor(x, y, vx, vy) { super(x, y, vx, vy); this.life = 50; }
  update(dt) { super.update(dt); if (--this.life <= 0) { this.alive = false; } }
}

function run() {
  const world = [];
  for (let i = 0; i < 80; i++) {
    switch (i % 4) {
      case 0: world.push(new Mover(i, i / 2, 1.5, -0.5)); break;
      case 1: world.push(new Heavy(i, 50, -2, 0.25)); break;
      case 2: world.push(new Spinner(i, i)); break;
      default: world.push(new Decayer(i, 100 - i, -1, 1)); break;
    }
  }

  for (let t = 0; t < 30; t++) {
    for (const o of world) {
      if (o.alive) { o.update(0.1); }
    }
  }

  let e = 0;
  for (const o of world) { e += o.energy(); }
  return e.toFixed(6) + '|' + world.filter(o => o.alive).length;
}
