import '../../src/ui/page.css';
import { render } from 'preact';
import { REFRESH } from '../../src/sync/messages';
import { savePolicyUrl } from '../../src/sync/settings';
import { uiLocale } from '../../src/sync/state';
import { messagesFor } from '../../src/ui/messages';
import { PolicyStatus } from '../../src/ui/PolicyStatus';
import { PolicyUrlForm } from '../../src/ui/PolicyUrlForm';
import { RoleList } from '../../src/ui/RoleList';
import { useSharedState } from '../../src/ui/useSharedState';

// Wiring only: the extension APIs the options page needs, handed to plain components.
const local = browser.storage.local;
const requestOrigin = (pattern: string) => browser.permissions.request({ origins: [pattern] });
const refresh = () => void browser.runtime.sendMessage({ type: REFRESH });

function Options() {
  const state = useSharedState(local, browser.storage.onChanged);
  if (!state?.active) return null;
  const locale = uiLocale(state.settings, navigator.language);
  const messages = messagesFor(locale);
  document.documentElement.lang = locale;
  return (
    <>
      <PolicyStatus state={state} messages={messages} locale={locale} now={new Date()} onRefresh={refresh} />
      <PolicyUrlForm
        messages={messages}
        url={state.settings.policyUrl}
        managedUrl={state.managed.policyUrl}
        onSave={(url) => savePolicyUrl(url, local, requestOrigin)}
      />
      <RoleList policy={state.active.policy} locale={locale} />
    </>
  );
}

render(<Options />, document.getElementById('app')!);
