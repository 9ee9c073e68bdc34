/**
 * The options page: who you are (role), where the policy comes from, which language, which networks. Every change
 * is saved at once and reaches open compose boxes without a reload (they watch the same storage).
 */
import { networks } from '../../policy/constants';
import type { Network } from '../../policy/types';
import type { Settings } from '../../store/state';
import type { PageContext } from '../page-context';
import { PolicyStatus, type PolicyStatusProps } from '../PolicyStatus';
import { PolicyUrlForm } from '../PolicyUrlForm';
import { RoleChooser } from '../RoleChooser';
import { NETWORK_NAMES } from '../networks';

export interface OptionsProps {
  readonly page: PageContext;
  readonly now: Date;
  readonly onRefresh: PolicyStatusProps['onRefresh'];
  readonly onSavePolicyUrl: (url: string) => Promise<{ ok: true } | { error: string }>;
  readonly onChange: (change: Partial<Settings>) => void;
  readonly onReset: () => void;
}

export function Options({ page, now, onRefresh, onSavePolicyUrl, onChange, onReset }: OptionsProps) {
  const { state, policy, role, locale, messages } = page;
  const disabled = new Set(state.settings.disabledNetworks ?? []);
  const toggleNetwork = (network: Network, on: boolean) => {
    const next = new Set(disabled);
    if (on) next.delete(network);
    else next.add(network);
    onChange({ disabledNetworks: [...next] });
  };

  return (
    <>
      <h1>{messages.optionsTitle}</h1>
      <PolicyStatus state={state} messages={messages} locale={locale} now={now} onRefresh={onRefresh} />

      <RoleChooser
        policy={policy}
        role={role}
        locked={state.managed.role !== undefined}
        locale={locale}
        messages={messages}
        onChoose={(role) => onChange({ role })}
      />

      <PolicyUrlForm messages={messages} state={state} onSave={onSavePolicyUrl} />

      <fieldset>
        <legend>{messages.language}</legend>
        {(
          [
            ['auto', messages.languageAuto],
            ['en', 'English'],
            ['fr', 'Français'],
          ] as const
        ).map(([value, label]) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={(state.settings.locale ?? 'auto') === value}
              onChange={() => onChange({ locale: value })}
            />
            <span lang={value === 'auto' ? undefined : value}>{label}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{messages.networks}</legend>
        {networks.map((network) => (
          <label class="choice" key={network}>
            <input type="checkbox" checked={!disabled.has(network)} onChange={(e) => toggleNetwork(network, e.currentTarget.checked)} />
            <span>{NETWORK_NAMES[network]}</span>
          </label>
        ))}
      </fieldset>

      <div>
        <a href="studio.html" target="_blank" rel="noopener" aria-describedby="studio-help">
          {messages.writePolicy}
        </a>
        <p id="studio-help" class="quiet">
          {messages.writePolicyHelp}
        </p>
      </div>

      <div>
        <button type="button" class="secondary" onClick={onReset} aria-describedby="reset-help">
          {messages.reset}
        </button>
        <p id="reset-help" class="quiet">
          {messages.resetHelp}
        </p>
      </div>
    </>
  );
}
