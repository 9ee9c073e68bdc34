/**
 * The changelog as it stands, newest first, each entry's version and text editable where the parser's problems
 * show; new entries come from the drafted one (at the top), so there is no "add" at the bottom here.
 */
import { getAt, isObject, type Json, setAt } from '../../json';
import { fieldId, pathText } from '../../problems';
import { useStudio } from '../context';
import { LocalizedField, Problems, TextField, useProblems } from '../fields';
import { WORDS } from './words';

export function ChangelogEntries() {
  const { value, locale, update } = useStudio();
  const words = WORDS[locale];
  const list = getAt(value, ['changelog']);
  const entries = Array.isArray(list) ? (list as Json[]) : [];
  const { errors } = useProblems(['changelog']);
  // Problems with the list itself ("Too many items"); its entries' problems show beside their fields.
  const ownErrors = errors.filter((p) => p.path === pathText(['changelog']));
  return (
    <div id={fieldId(['changelog'])} tabIndex={-1}>
      <h4>{words.entriesTitle}</h4>
      <p class="help">{words.entriesHelp}</p>
      <Problems errors={ownErrors} warnings={[]} />
      {entries.length === 0 && <p class="quiet">{words.noEntries}</p>}
      {entries.map((entry, index) => {
        const version = isObject(entry) && typeof entry.version === 'string' ? entry.version : '';
        const legend = words.entryLegend(version);
        return (
          // Keyed by place: an entry's version is what the author is editing.
          <fieldset key={index} class="list-item">
            <legend>{legend}</legend>
            <TextField path={['changelog', index, 'version']} label={words.version} />
            <LocalizedField path={['changelog', index, 'changes']} label={words.entryText} multiline />
            <div class="item-actions">
              <button type="button" class="small secondary" aria-label={`${words.removeEntry}: ${legend}`} onClick={() => update((v) => setAt(v, ['changelog', index], undefined))}>
                {words.removeEntry}
              </button>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
