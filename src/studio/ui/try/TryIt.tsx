/** Placeholder until this panel is written. */
export function TryIt() {
  return <p>TryIt</p>;
}
