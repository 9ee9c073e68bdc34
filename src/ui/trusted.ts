/**
 * Candor's controls sit in pages it does not trust, and a page script can call `.click()` on an element or
 * dispatch forged events. Only events the browser made from the user's own input (`isTrusted`) reach a handler;
 * a forged click is also cancelled, so a link opens nothing.
 */
export function onTrusted<E extends Event>(handler: (event: E) => void = () => {}): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
    else event.preventDefault();
  };
}
