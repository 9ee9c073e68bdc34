import '../../src/ui/page.css';
import { render } from 'preact';
import { REFRESH } from '../../src/sync/messages';
import { updateSettings } from '../../src/store/settings';
import { STORAGE_KEYS } from '../../src/store/state';
import { Popup } from '../../src/ui/popup/Popup';
import { PageRoot } from '../../src/ui/PageRoot';

// Wiring only: storage for the state and the role, a message to refresh, the clipboard to copy.
const local = browser.storage.local;
const refresh = () => browser.runtime.sendMessage({ type: REFRESH });

render(
  <PageRoot area={local} changes={browser.storage.onChanged} browserLanguage={navigator.language}>
    {(page) => (
      <Popup
        page={page}
        now={new Date()}
        onRefresh={refresh}
        onCopy={(text) => navigator.clipboard.writeText(text)}
        onChangesSeen={(version) => void local.set({ [STORAGE_KEYS.changesSeen]: version })}
        onChooseRole={(role) => void updateSettings(local, navigator.locks, { role })}
        optionsUrl={browser.runtime.getURL('/options.html')}
      />
    )}
  </PageRoot>,
  document.getElementById('app')!,
);
