/** Placeholder until this panel is written. */
export function Roles() {
  return <p>Roles</p>;
}
