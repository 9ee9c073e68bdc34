/** Placeholder until this panel is written. */
export function Approval() {
  return <p>Approval</p>;
}
