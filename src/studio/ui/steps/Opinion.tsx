/** Placeholder until this panel is written. */
export function Opinion() {
  return <p>Opinion</p>;
}
