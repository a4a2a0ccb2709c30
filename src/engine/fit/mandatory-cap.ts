// Aggregated levels are weighted means: 1.0000000001 levels short is still one level short.
const tolerance = 1e-9;

/**
 * The one rule for a short mandatory competency: up to one level short, the role is a near step
 * (readiness is `close` at best); more than a level short, it is a `stretch` whatever the rest.
 *
 * @example mandatoryMakesStretch(1) // false: close at best
 */
export function mandatoryMakesStretch(shortfall: number): boolean {
  return shortfall > 1 + tolerance;
}
