/**
 * The form of one scenario: its title (which names its id until the author names it otherwise), the post, who
 * writes it, its language, network and moment, what Candor should say, and why.
 */
import { networks } from '../../../policy/constants';
import { NETWORK_NAMES } from '../../../ui/networks';
import { textOf } from '../../ids';
import { getAt, type Json, type Path } from '../../json';
import { fieldId } from '../../problems';
import { useStudio } from '../context';
import { IdFromName } from '../editing';
import { LocalizedField, Problems, SelectField, TermsField, TextField, useProblems } from '../fields';
import { LANGUAGE_NAMES } from '../words';
import { SCENARIOS, scenarioFallbackId } from '../../scenarios';
import { FindingKeys } from './FindingKeys';
import { TRY_WORDS } from './words';

export function ScenarioFields({ index }: { index: number }) {
  const { locale, languages } = useStudio();
  const words = TRY_WORDS[locale];
  const at = (field: string): Path => [...SCENARIOS, index, field];
  return (
    <>
      <TitleField index={index} />
      <TextField path={at('id')} label={words.id} help={words.idHelp} />
      <TextField path={at('draft')} label={words.draft} help={words.draftFieldHelp} multiline />
      <RolesField index={index} />
      {languages.length > 1 && (
        <SelectField path={at('locale')} label={words.locale} help={words.localeHelp} options={languages.map((tag) => [tag, LANGUAGE_NAMES[locale][tag] ?? tag] as const)} />
      )}
      <SelectField path={at('network')} label={words.network} help={words.networkHelp} options={networks.map((n) => [n, NETWORK_NAMES[n]] as const)} />
      <MomentField path={at('at')} label={words.at} help={words.atHelp} />
      <TermsField path={at('expect')} label={words.expect} help={words.expectHelp} />
      <ExpectedInWords path={at('expect')} />
      <LocalizedField path={at('explanation')} label={words.explanation} help={words.explanationHelp} multiline />
    </>
  );
}

/** The title, which also writes the id while the id is the one made from the title (or empty): nothing refers to it. */
function TitleField({ index }: { index: number }) {
  const words = TRY_WORDS[useStudio().locale];
  return (
    <IdFromName item={[...SCENARIOS, index]} nameKey="label" fallback={scenarioFallbackId(index)}>
      <LocalizedField path={[...SCENARIOS, index, 'label']} label={words.label} help={words.labelHelp} />
    </IdFromName>
  );
}

/** A box per role of the policy; none ticked is everyone. A role the policy no longer has stays, to be unticked. */
function RolesField({ index }: { index: number }) {
  const { value, edit, locale, languages } = useStudio();
  const words = TRY_WORDS[locale];
  const path: Path = [...SCENARIOS, index, 'roles'];
  const list = getAt(value, path);
  const chosen = Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string') : [];
  const policyRoles = getAt(value, ['roles']);
  const roles = (Array.isArray(policyRoles) ? (policyRoles as Json[]) : []).flatMap((role) => {
    const id = getAt(role, ['id']);
    return typeof id === 'string' && id ? [{ id, name: textOf(getAt(role, ['label']), locale, languages[0] ?? 'en') || id }] : [];
  });
  const shown = [...roles, ...chosen.filter((id) => !roles.some((r) => r.id === id)).map((id) => ({ id, name: id }))];
  const { errors, warnings } = useProblems(path);
  if (shown.length === 0) return null;
  const id = fieldId(path);
  const toggle = (role: string, on: boolean) => {
    const next = on ? [...chosen, role] : chosen.filter((r) => r !== role);
    edit(path, next.length ? next : undefined);
  };
  return (
    <fieldset class={`studio-field localized${errors.length ? ' invalid' : ''}`} id={id} tabIndex={-1} aria-describedby={`${id}-help`}>
      <legend>{words.roles}</legend>
      <p class="help" id={`${id}-help`}>
        {words.rolesHelp}
      </p>
      {shown.map((role) => (
        <div key={role.id} class="studio-field checkbox">
          <input id={`${id}-${role.id}`} type="checkbox" checked={chosen.includes(role.id)} onChange={(event) => toggle(role.id, event.currentTarget.checked)} />
          <label for={`${id}-${role.id}`}>{role.name}</label>
        </div>
      ))}
      <Problems id={`${id}-problems`} errors={errors} warnings={warnings} />
    </fieldset>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a date-and-time box shows it, in the author's time zone ("2027-04-20T17:00"); empty when unreadable. */
function localMoment(moment: Json | undefined): string {
  const date = typeof moment === 'string' ? new Date(moment) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An optional moment, picked in the author's time zone and written in UTC ("2027-04-20T15:00:00Z"). */
function MomentField({ path, label, help }: { path: Path; label: string; help: string }) {
  const { value, edit } = useStudio();
  const { errors, warnings } = useProblems(path);
  const id = fieldId(path);
  return (
    <div class={`studio-field${errors.length ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      <input
        id={id}
        type="datetime-local"
        value={localMoment(getAt(value, path))}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={`${id}-help${errors.length || warnings.length ? ` ${id}-problems` : ''}`}
        onInput={(event) => {
          const picked = new Date(event.currentTarget.value);
          edit(path, Number.isNaN(picked.getTime()) ? undefined : picked.toISOString().replace('.000Z', 'Z'));
        }}
      />
      <Problems id={`${id}-problems`} errors={errors} warnings={warnings} />
    </div>
  );
}

/** What the keys above mean, as the nudge says it: an author reads this, not the keys. */
function ExpectedInWords({ path }: { path: Path }) {
  const { value, locale } = useStudio();
  const keys = getAt(value, path);
  const readable = Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
  if (readable.length === 0) return <p class="help">{TRY_WORDS[locale].expectNothing}</p>;
  return (
    <div class="expected-in-words">
      <p class="help">{TRY_WORDS[locale].expectInWords}</p>
      <FindingKeys keys={readable} />
    </div>
  );
}
