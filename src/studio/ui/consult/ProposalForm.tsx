/**
 * The policy's proposal: a change put to employees before it is decided. The popup shows its summary and a link to
 * comment until its last day, while the version in force stays as it is.
 */
import { useEffect, useState } from 'preact/hooks';
import { localDay } from '../../../policy/days';
import { getAt, type JsonObject } from '../../json';
import { fieldId, problemsAt } from '../../problems';
import { useStudio } from '../context';
import { LocalizedField, Problems, TextField, useProblems } from '../fields';
import { WORDS } from './words';

/** Long enough for employees to read and answer; the author changes it at will. */
const COMMENT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const FIELDS = ['summary', 'until', 'comment'] as const;

export function ProposalForm() {
  const { value, edit, locale, now } = useStudio();
  const { errors } = useProblems(['proposal']);
  const words = WORDS[locale];
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!started) return;
    document.getElementById(fieldId(['proposal', 'summary']))?.focus();
    setStarted(false);
  }, [started]);

  const proposal = getAt(value, ['proposal']);
  if (proposal === undefined) {
    const start = () => {
      // Comments go where the policy already takes suggestions, when it says where.
      const feedback = getAt(value, ['feedback']);
      const block: JsonObject = { until: localDay(new Date(now().getTime() + COMMENT_DAYS * DAY_MS)), ...(typeof feedback === 'string' && { comment: feedback }) };
      edit(['proposal'], block);
      setStarted(true);
    };
    return (
      <>
        <p class="help">{words.proposalHelp}</p>
        <button type="button" class="secondary" onClick={start}>
          {words.propose}
        </button>
      </>
    );
  }

  // Problems no field shows: a misspelt key in the block, or a block that is not one.
  const blockErrors = errors.filter((problem) => !FIELDS.some((key) => problemsAt([problem], ['proposal', key]).length > 0));
  const until = getAt(value, ['proposal', 'until']);
  const version = getAt(value, ['version']);
  const validDay = typeof until === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(until);
  return (
    <div id={fieldId(['proposal'])} tabIndex={-1}>
      <p class="help">{words.proposalHelp}</p>
      <Problems errors={blockErrors} warnings={[]} />
      <LocalizedField path={['proposal', 'summary']} label={words.summary} help={words.summaryHelp} multiline />
      <TextField path={['proposal', 'until']} label={words.until} help={words.untilHelp} placeholder="YYYY-MM-DD" />
      <TextField path={['proposal', 'comment']} label={words.comment} help={words.commentHelp} placeholder="https://" />
      {validDay && (
        <p class={until < localDay(now()) ? 'problem-warning' : 'help'}>
          {until < localDay(now()) ? words.expired : words.shownUntil(until, typeof version === 'string' ? version : '')}
        </p>
      )}
      <button type="button" class="secondary" onClick={() => edit(['proposal'], undefined)}>
        {words.removeProposal}
      </button>
    </div>
  );
}
