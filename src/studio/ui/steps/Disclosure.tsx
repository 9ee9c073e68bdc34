/** Placeholder until this panel is written. */
export function Disclosure() {
  return <p>Disclosure</p>;
}
