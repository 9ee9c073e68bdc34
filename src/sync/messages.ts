/**
 * The one message pages send the background: "refresh the policy now". Checked on receipt: only Candor's own
 * pages (popup, options: their URL is under the extension's origin, which content scripts' is not) may ask, and
 * only in this exact shape.
 */
export const REFRESH = 'candor:refresh-policy';

export interface RefreshRequest {
  readonly type: typeof REFRESH;
}

export function isRefreshRequest(
  message: unknown,
  sender: { id?: string | undefined; url?: string | undefined },
  own: { id: string; origin: string },
): message is RefreshRequest {
  return (
    sender.id === own.id &&
    sender.url?.startsWith(own.origin) === true &&
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === REFRESH &&
    Object.keys(message).length === 1
  );
}
