/**
 * The one message pages send the background: "refresh the policy now". Checked on receipt: only Candor's own
 * pages may ask, and only in this exact shape.
 */
export const REFRESH = 'candor:refresh-policy';

export interface RefreshRequest {
  readonly type: typeof REFRESH;
}

export function isRefreshRequest(message: unknown, sender: { id?: string | undefined }, ownId: string): message is RefreshRequest {
  return (
    sender.id === ownId &&
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === REFRESH &&
    Object.keys(message).length === 1
  );
}
