import '../../src/ui/page.css';
import { render } from 'preact';
import { REFRESH } from '../../src/sync/messages';
import { originPermissionsOf, savePolicyUrl, updateSettings } from '../../src/store/settings';
import { Welcome } from '../../src/ui/welcome/Welcome';
import { PageRoot } from '../../src/ui/PageRoot';

// Wiring only: opened once, on install, by the background.
const local = browser.storage.local;
const refresh = () => browser.runtime.sendMessage({ type: REFRESH });
const originPermissions = originPermissionsOf(browser.permissions);

render(
  <PageRoot area={local} changes={browser.storage.onChanged} browserLanguage={navigator.language}>
    {(page) => (
      <Welcome
        page={page}
        now={new Date()}
        onRefresh={refresh}
        onChooseRole={(role) => void updateSettings(local, navigator.locks, { role })}
        onSavePolicyUrl={(url) => savePolicyUrl(url, local, navigator.locks, originPermissions)}
        optionsUrl={browser.runtime.getURL('/options.html')}
      />
    )}
  </PageRoot>,
  document.getElementById('app')!,
);
