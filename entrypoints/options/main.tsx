import '../../src/ui/page.css';
import { render } from 'preact';
import { REFRESH } from '../../src/sync/messages';
import { savePolicyUrl, updateSettings } from '../../src/sync/settings';
import { uiLocale } from '../../src/sync/state';
import { Options } from '../../src/ui/options/Options';
import { useSharedState } from '../../src/ui/useSharedState';

// Wiring only: the extension APIs the options page needs, handed to a plain component.
const local = browser.storage.local;
const originPermissions = {
  request: (origin: string) => browser.permissions.request({ origins: [origin] }),
  remove: (origin: string) => browser.permissions.remove({ origins: [origin] }),
};

function App() {
  const state = useSharedState(local, browser.storage.onChanged);
  if (!state?.active) return null;
  document.documentElement.lang = uiLocale(state.settings, navigator.language);
  return (
    <Options
      state={state}
      browserLanguage={navigator.language}
      now={new Date()}
      onRefresh={() => void browser.runtime.sendMessage({ type: REFRESH })}
      onSavePolicyUrl={(url) => savePolicyUrl(url, local, originPermissions)}
      onChange={(change) => void updateSettings(local, change)}
      onReset={() => void updateSettings(local, { role: undefined, locale: undefined, disabledNetworks: undefined })}
    />
  );
}

render(<App />, document.getElementById('app')!);
