/**
 * Compact SVG path data in integer map units: the first point of each ring absolute (`M`), the rest as
 * relative `l` steps (shorter than absolute numbers), consecutive equal points dropped, a point in the middle
 * of a straight run dropped (rounding to integers makes many: the same shape, fewer steps), and rings that
 * collapse below three points left out. Used as the `context` of d3-geo's `geoPath`, which projects and
 * clips; this only rounds and writes.
 */
/** Whether `b` lies on the segment from `a` to `c` (collinear, and `c` onwards from `b` in the same direction). */
function straight(a: [number, number], b: [number, number], c: [number, number]): boolean {
  const [ux, uy, vx, vy] = [b[0] - a[0], b[1] - a[1], c[0] - b[0], c[1] - b[1]];
  return ux * vy === uy * vx && ux * vx + uy * vy > 0;
}

export class QuantizedPath {
  #out: string[] = [];
  #ring: [number, number][] = [];
  #closed = false;

  moveTo(x: number, y: number): void {
    this.#flush();
    this.#ring = [[Math.round(x), Math.round(y)]];
    this.#closed = false;
  }

  lineTo(x: number, y: number): void {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const ring = this.#ring;
    const last = ring[ring.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) return;
    const before = ring[ring.length - 2];
    if (before && straight(before, last, p)) ring[ring.length - 1] = p;
    else ring.push(p);
  }

  closePath(): void {
    this.#closed = true;
    this.#flush();
  }

  // d3-geo calls these only to draw points, which never go through this context.
  arc(): void {}
  beginPath(): void {}

  #flush(): void {
    const ring = this.#ring;
    this.#ring = [];
    if (this.#closed) {
      // the closing point equals the first: `z` draws that segment
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (ring.length > 1 && a[0] === b[0] && a[1] === b[1]) ring.pop();
      if (ring.length < 3) return;
    } else if (ring.length < 2) return;
    let s = `M${ring[0][0]} ${ring[0][1]}`;
    if (ring.length > 1) {
      s += 'l';
      for (let i = 1; i < ring.length; i++) {
        const dx = ring[i][0] - ring[i - 1][0];
        const dy = ring[i][1] - ring[i - 1][1];
        s += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
      }
    }
    this.#out.push(this.#closed ? `${s}z` : s);
  }

  /** The path data so far (an empty string when every ring collapsed). */
  result(): string {
    this.#flush();
    return this.#out.join('');
  }
}
