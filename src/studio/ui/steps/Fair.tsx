/** Placeholder until this panel is written. */
export function Fair() {
  return <p>Fair</p>;
}
