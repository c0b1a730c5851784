// Seeded randomness, so that --seed reproduces the request sequence. sfc32 is small, fast and
// passes PractRand well beyond what a load test draws; each virtual user gets its own stream.

export type Random = () => number;

/** seededRandom returns a generator of uniform numbers in [0, 1) for `seed` and stream `stream`. */
export function seededRandom(seed: number, stream = 0): Random {
  let a = splitmix(seed ^ 0x9e3779b9);
  let b = splitmix(a ^ stream);
  let c = splitmix(b + 0x6d2b79f5);
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

function splitmix(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** between draws uniformly in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}
