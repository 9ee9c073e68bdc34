/** Placeholder until this panel is written. */
export function Consult() {
  return <p>Consult</p>;
}
