/**
 * The nudge exactly as the content script shows it: the same component, styles and theme, in a shadow root of its
 * own (so neither the studio's styles nor the nudge's leak into the other). The content script places the card over
 * the page beside the pill; here it has a fixed place below the pill, and the preview makes room for it.
 */
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../../engine/types';
import type { FeedbackLink } from '../../../ui/feedback';
import type { Messages } from '../../../ui/messages';
import type { NudgeModel } from '../../../ui/nudge/model';
import { Nudge } from '../../../ui/nudge/Nudge';
import { NUDGE_CSS } from '../../../ui/nudge/styles';
import type { ThemeName } from '../../../ui/nudge/theme';

/** Below the pill (about 28px high), as wide as a card is on a laptop screen. */
const CARD_TOP_PX = 36;
const CARD_PLACE = { '--card-top': `${CARD_TOP_PX}px`, '--card-left': '0', '--card-w': 'min(400px, 100%)', '--card-h': '520px' };
/** Room under the card, inside the preview's frame (its padding and border are under there too). */
const ROOM_BELOW_PX = 12;

/** The author's own theme: the content script follows the page's, and the studio is the page here. */
function preferredTheme(): ThemeName {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export interface NudgePreviewProps {
  readonly model: NudgeModel;
  readonly messages: Messages;
  readonly feedback: FeedbackLink | undefined;
  readonly onFix: (finding: Finding) => void;
  readonly onDismiss: () => void;
}

export function NudgePreview({ model, messages, feedback, onFix, onDismiss }: NudgePreviewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const mountRef = useRef<HTMLDivElement | null>(null);
  const [expanded, setExpanded] = useState(true);

  useLayoutEffect(() => {
    const host = hostRef.current!;
    // Open: this is the studio's own page, and the tests read it. The content script's is closed to the sites.
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = NUDGE_CSS;
    const mount = document.createElement('div');
    mount.dataset.theme = preferredTheme();
    for (const [name, value] of Object.entries(CARD_PLACE)) mount.style.setProperty(name, value);
    shadow.append(style, mount);
    mountRef.current = mount;
    return () => render(null, mount);
  }, []);

  useLayoutEffect(() => {
    const host = hostRef.current!;
    const mount = mountRef.current!;
    render(
      <Nudge
        model={model}
        messages={messages}
        expanded={expanded}
        onToggle={() => setExpanded(!expanded)}
        onFix={onFix}
        onDismiss={onDismiss}
        feedback={feedback}
      />,
      mount,
    );
    // Shown first (a hidden box measures nothing), then measured: the card is out of the flow (over the page, in a
    // site), so the preview keeps room for it below the pill.
    host.toggleAttribute('data-shown', model.advice.length > 0);
    const panel = mount.querySelector<HTMLElement>('.panel');
    host.style.minHeight = '';
    if (panel) host.style.minHeight = `${panel.getBoundingClientRect().bottom - host.getBoundingClientRect().top + ROOM_BELOW_PX}px`;
  });

  // The shadow root's host resets every style (`:host{all:initial}`): shown as a block, it takes the room set above.
  return <div ref={hostRef} class="nudge-preview" style={{ display: 'block' }} />;
}
