import '../../src/ui/page.css';
import { render } from 'preact';
import { REFRESH } from '../../src/sync/messages';
import { uiLocale } from '../../src/sync/state';
import { Popup } from '../../src/ui/popup/Popup';
import { useSharedState } from '../../src/ui/useSharedState';

// Wiring only: storage for the state, a message to refresh, the clipboard to copy.
function App() {
  const state = useSharedState(browser.storage.local, browser.storage.onChanged);
  if (!state?.active) return null;
  document.documentElement.lang = uiLocale(state.settings, navigator.language);
  return (
    <Popup
      state={state}
      browserLanguage={navigator.language}
      now={new Date()}
      onRefresh={() => void browser.runtime.sendMessage({ type: REFRESH })}
      onCopy={(text) => navigator.clipboard.writeText(text)}
    />
  );
}

render(<App />, document.getElementById('app')!);
