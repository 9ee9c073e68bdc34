import '../../src/ui/page.css';
import { render } from 'preact';
import { REFRESH } from '../../src/sync/messages';
import { uiLocale } from '../../src/sync/state';
import { messagesFor } from '../../src/ui/messages';
import { PolicyStatus } from '../../src/ui/PolicyStatus';
import { PolicySummary } from '../../src/ui/PolicySummary';
import { useSharedState } from '../../src/ui/useSharedState';

// Wiring only: the popup reads the active policy and status from storage and asks the background to refresh.
const refresh = () => void browser.runtime.sendMessage({ type: REFRESH });

function Popup() {
  const state = useSharedState(browser.storage.local, browser.storage.onChanged);
  if (!state?.active) return null;
  const locale = uiLocale(state.settings, navigator.language);
  document.documentElement.lang = locale;
  return (
    <>
      <PolicySummary policy={state.active.policy} locale={locale} />
      <PolicyStatus state={state} messages={messagesFor(locale)} locale={locale} now={new Date()} onRefresh={refresh} />
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
