import { bundledPolicy } from '../src/policy/bundled';
import { DEFAULT_REFRESH_MINUTES, parseManaged } from '../src/sync/managed';
import { isRefreshRequest } from '../src/sync/messages';
import { jitteredDelay, serialized } from '../src/sync/runner';
import { type Settings, STORAGE_KEYS } from '../src/store/state';
import { syncPolicy } from '../src/sync/sync';

const ALARM = 'candor-policy-sync';
const FIRST_PAGE = import.meta.env.MODE === 'playground' ? '/playground.html' : '/welcome.html';

// Wiring only: when to sync, and who may ask. The logic lives in src/sync/.
export default defineBackground(() => {
  // Browsers without managed storage (or without a policy for it) reject: nothing is managed then.
  const readManaged = () => browser.storage.managed.get().then(parseManaged, () => parseManaged({}));
  const sync = serialized(() =>
    syncPolicy({ local: browser.storage.local, managed: readManaged, bundled: bundledPolicy, now: () => new Date() }),
  );
  const schedule = async () => {
    const period = (await readManaged()).refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
    await browser.alarms.create(ALARM, { delayInMinutes: jitteredDelay(period), periodInMinutes: period });
  };

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void sync().finally(schedule);
    // First run: say what Candor does and let the user pick a role (the playground build opens itself instead).
    if (reason === 'install') void browser.tabs.create({ url: FIRST_PAGE });
  });
  browser.runtime.onStartup.addListener(() => void sync());
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === ALARM && void sync());
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isRefreshRequest(message, sender, { id: browser.runtime.id, origin: browser.runtime.getURL('/') })) return sync();
    return undefined;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    const settings = changes[STORAGE_KEYS.settings] as { oldValue?: Settings; newValue?: Settings } | undefined;
    const urlChanged = area === 'local' && settings && settings.oldValue?.policyUrl !== settings.newValue?.policyUrl;
    if (area === 'managed') void sync().finally(schedule);
    else if (urlChanged) void sync();
  });
  // A worker woken for any reason makes sure some policy is active and the refresh is scheduled: browsers may
  // drop alarms on restart (Firefox always does).
  void browser.storage.local.get(STORAGE_KEYS.active).then((stored) => stored[STORAGE_KEYS.active] || sync());
  void browser.alarms.get(ALARM).then((alarm) => (alarm ? undefined : schedule()));
});
