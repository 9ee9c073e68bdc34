/** Placeholder until this panel is written. */
export function Publish() {
  return <p>Publish</p>;
}
