import '../../src/ui/page.css';
import { render } from 'preact';
import { REFRESH } from '../../src/sync/messages';
import { originPermissionsOf, resetSettings, savePolicyUrl, updateSettings } from '../../src/store/settings';
import { Options } from '../../src/ui/options/Options';
import { PageRoot } from '../../src/ui/PageRoot';

// Wiring only: the extension APIs the options page needs, handed to a plain component.
const local = browser.storage.local;
const refresh = () => browser.runtime.sendMessage({ type: REFRESH });
const originPermissions = originPermissionsOf(browser.permissions);

render(
  <PageRoot area={local} changes={browser.storage.onChanged} browserLanguage={navigator.language}>
    {(page) => (
      <Options
        page={page}
        now={new Date()}
        onRefresh={refresh}
        onSavePolicyUrl={(url) => savePolicyUrl(url, local, navigator.locks, originPermissions)}
        onChange={(change) => void updateSettings(local, navigator.locks, change)}
        onReset={() => void resetSettings(local, navigator.locks).then(refresh)}
      />
    )}
  </PageRoot>,
  document.getElementById('app')!,
);
