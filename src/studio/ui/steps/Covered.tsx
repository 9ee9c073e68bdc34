/** Placeholder until this panel is written. */
export function Covered() {
  return <p>Covered</p>;
}
