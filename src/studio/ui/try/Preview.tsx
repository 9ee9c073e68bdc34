/**
 * The live preview: a post, who writes it, where and in which language, and the nudge Candor would show beside it,
 * its buttons working on the post here; then the post as each button would leave it, in plain text; and a button
 * that keeps the post as a scenario, so what the author just checked stays checked.
 */
import { useMemo, useState } from 'preact/hooks';
import { analyze } from '../../../engine/analyze';
import type { CompiledPolicy } from '../../../engine/compile';
import type { Finding } from '../../../engine/types';
import { localize } from '../../../policy/localize';
import { networks } from '../../../policy/constants';
import type { Network } from '../../../policy/types';
import { withPiece } from '../../../text/join';
import { feedbackLink } from '../../../ui/feedback';
import { fixLabel } from '../../../ui/FindingList';
import { messagesFor } from '../../../ui/messages';
import { nudgeModel } from '../../../ui/nudge/model';
import { NETWORK_NAMES } from '../../../ui/networks';
import { insertAt } from '../../json';
import { fieldId } from '../../problems';
import { useStudio } from '../context';
import { LanguageSelect, usePolicyLanguage } from '../fields';
import { NudgePreview } from './NudgePreview';
import { SCENARIOS, scenarioFromPost, scenarioItems } from '../../scenarios';
import { TRY_WORDS } from './words';

export function Preview({ compiled }: { compiled: CompiledPolicy }) {
  const studio = useStudio();
  const { languages, locale } = studio;
  const words = TRY_WORDS[locale];
  const { policy } = compiled;
  const [draft, setDraft] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [network, setNetwork] = useState<Network | undefined>(undefined);
  const [language, choose] = usePolicyLanguage();
  // Dismissed for this very post: the next keystroke brings the nudge back, as in a compose box.
  const [dismissedFor, setDismissedFor] = useState<string | undefined>(undefined);
  const [added, setAdded] = useState<number | undefined>(undefined);

  const roleInForce = role && policy.roles.some((r) => r.id === role) ? role : null;
  const messages = messagesFor(language.startsWith('fr') ? 'fr' : 'en');
  const findings = useMemo(
    () => analyze(draft, compiled, roleInForce, { locale: language, ...(network && { network }), now: studio.now().getTime() }),
    [draft, compiled, roleInForce, language, network],
  );
  const model = nudgeModel(dismissedFor === draft ? [] : findings);
  const feedback = feedbackLink(policy.feedback, (f) => ({ rule: f.ruleId, version: policy.version, role: roleInForce ?? undefined }));
  const fixes = nudgeModel(findings).advice.flatMap((finding) =>
    finding.fix?.type === 'insert' ? [{ label: fixLabel(finding, messages), text: withPiece(draft, finding.fix.text, finding.fix.placement) }] : [],
  );

  const applyFix = (finding: Finding) => {
    if (finding.fix?.type === 'insert') setDraft(withPiece(draft, finding.fix.text, finding.fix.placement));
  };

  const keepAsScenario = () => {
    const items = scenarioItems(studio.value);
    const post = { draft, role: roleInForce, network, locale: language === languages[0] ? undefined : language };
    studio.update((value) => insertAt(value, SCENARIOS, scenarioFromPost(post, compiled, items)));
    setAdded(items.length);
    // Its title is the first thing to write: the new scenario's title box takes focus once it is rendered.
    requestAnimationFrame(() => document.getElementById(fieldId([...SCENARIOS, items.length, 'label']))?.focus());
  };

  return (
    <section aria-labelledby="try-preview-title">
      <h3 id="try-preview-title">{words.previewTitle}</h3>
      <div class="studio-field">
        <label for="try-draft">{words.draftLabel}</label>
        <p class="help" id="try-draft-help">
          {words.draftHelp}
        </p>
        <textarea id="try-draft" rows={4} value={draft} aria-describedby="try-draft-help" onInput={(event) => setDraft(event.currentTarget.value)} />
      </div>
      <div class="try-choices">
        <div class="studio-field">
          <label for="try-role">{words.roleLabel}</label>
          <select id="try-role" value={roleInForce ?? ''} onChange={(event) => setRole(event.currentTarget.value || null)}>
            <option value="">{words.allStaff}</option>
            {policy.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {localize(r.label, locale, policy.defaultLocale)}
              </option>
            ))}
          </select>
        </div>
        <div class="studio-field">
          <label for="try-network">{words.networkLabel}</label>
          <select id="try-network" value={network ?? ''} onChange={(event) => setNetwork((event.currentTarget.value || undefined) as Network | undefined)}>
            <option value="">{words.anyNetwork}</option>
            {networks.map((n) => (
              <option key={n} value={n}>
                {NETWORK_NAMES[n]}
              </option>
            ))}
          </select>
        </div>
        <LanguageSelect id="try-language" label={words.languageLabel} value={language} onChange={choose} />
      </div>

      <h4>{words.nudgeLabel}</h4>
      <NudgePreview model={model} messages={messages} feedback={feedback} onFix={applyFix} onDismiss={() => setDismissedFor(draft)} />
      <p class="help" aria-live="polite">
        {draft.trim() === '' ? words.typeSomething : model.advice.length === 0 && dismissedFor !== draft ? words.nothingToSay : ''}
      </p>

      {draft.trim() !== '' && fixes.length > 0 && (
        <>
          <h4>{words.fixesTitle}</h4>
          {fixes.map(({ label, text }, i) => (
            <div key={`${i}${label}`} class="after-fix">
              <p class="help">{words.after(label)}</p>
              <p class="after-fix-text" lang={language}>
                {text}
              </p>
            </div>
          ))}
        </>
      )}

      {draft.trim() !== '' && (
        <div class="studio-field">
          <p class="help" id="try-keep-help">
            {words.useAsScenarioHelp}
          </p>
          <button type="button" class="secondary" aria-describedby="try-keep-help" onClick={keepAsScenario}>
            {words.useAsScenario}
          </button>
        </div>
      )}
      <p role="status">{added !== undefined && words.scenarioAdded(added + 1)}</p>
    </section>
  );
}
