// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getAt } from '../../src/studio/json';
import { ListEditor, LocalizedField, TermsField, TextField } from '../../src/studio/ui/fields';
import { button, click, renderStudio, settle, template, type } from './harness';

describe('studio fields', () => {
  it('a text field writes its path, and shows the parser\'s problem beside it', async () => {
    const studio = renderStudio(() => <TextField path={['company', 'name']} label="Company name" />, template('general-company'));
    const input = studio.field(['company', 'name']);
    expect(input.value).toBe('ExampleSoft');
    await type(input, 'Brightwave');
    expect(getAt(studio.value(), ['company', 'name'])).toBe('Brightwave');
    await type(input, '   ');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const problems = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(problems.textContent).toContain('Must not be empty.');
  });

  it('a text in two languages gets a box each; emptying one drops that language', async () => {
    const studio = renderStudio(() => <LocalizedField path={['name']} label="Policy name" />, template('general-company'));
    const boxes = studio.root.querySelectorAll<HTMLInputElement>('input');
    expect([...boxes].map((b) => b.lang)).toEqual(['en', 'fr']);
    await type(boxes[1]!, '');
    expect(getAt(studio.value(), ['name'])).toEqual({ en: (template('general-company').name as Record<string, string>).en });
  });

  it('a list of terms keeps a new empty line while the draft gets the trimmed lines', async () => {
    const studio = renderStudio(() => <TermsField path={['company', 'aliases']} label="Other names" />, template('general-company'));
    const area = studio.field<HTMLTextAreaElement>(['company', 'aliases']);
    await type(area, ' ExSoft \nEXS\n');
    expect(area.value).toBe(' ExSoft \nEXS\n');
    expect(getAt(studio.value(), ['company', 'aliases'])).toEqual(['ExSoft', 'EXS']);
  });

  it('a list adds an item, focuses its first field, and removes it', async () => {
    const studio = renderStudio(
      () => (
        <ListEditor path={['competitors']} legend={(_, i) => `Competitor ${i + 1}`} addLabel="Add a competitor" fresh={() => ({ id: '', name: '' })}>
          {(i) => <TextField path={['competitors', i, 'name']} label="Name" />}
        </ListEditor>
      ),
      template('general-company'),
    );
    const before = (getAt(studio.value(), ['competitors']) as unknown[]).length;
    await click(button(studio.root, 'Add a competitor'));
    expect((getAt(studio.value(), ['competitors']) as unknown[]).length).toBe(before + 1);
    expect(document.activeElement).toBe(studio.field(['competitors', before, 'name']));
    const removes = [...studio.root.querySelectorAll('button')].filter((b) => b.textContent === 'Remove');
    await click(removes.at(-1)!);
    expect((getAt(studio.value(), ['competitors']) as unknown[]).length).toBe(before);
  });
});

describe('a list whose items are removed and moved', () => {
  const competitors = () =>
    renderStudio(
      () => (
        <ListEditor path={['competitors']} legend={(item) => String((item as { name?: string }).name)} addLabel="Add a competitor" fresh={() => ({ id: '', name: '' })}>
          {(i) => <TermsField path={['competitors', i, 'aliases']} label="Other names" />}
        </ListEditor>
      ),
      { ...template('general-company'), competitors: [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }, { id: 'c', name: 'Gamma' }] },
    );

  it('keeps what was typed with its own item when an item before it is removed', async () => {
    const studio = competitors();
    await type(studio.field(['competitors', 2, 'aliases']), 'Gamma Corp\n');
    await click(button(studio.root, 'Remove'));
    expect(getAt(studio.value(), ['competitors'])).toEqual([{ id: 'b', name: 'Beta' }, { id: 'c', name: 'Gamma', aliases: ['Gamma Corp'] }]);
    // The box typed in moved with Gamma, its new line and all; Beta's box is empty.
    expect(studio.field<HTMLTextAreaElement>(['competitors', 1, 'aliases']).value).toBe('Gamma Corp\n');
    expect(studio.field<HTMLTextAreaElement>(['competitors', 0, 'aliases']).value).toBe('');
  });

  it('moves an item and keeps the keyboard on it, so pressing again moves it on', async () => {
    const studio = competitors();
    const moveDown = () => [...studio.root.querySelectorAll<HTMLButtonElement>('.move-down')];
    await click(moveDown()[0]!);
    await settle();
    expect((getAt(studio.value(), ['competitors']) as { id: string }[]).map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent).toBe('Alpha');
    await click(document.activeElement as HTMLButtonElement);
    expect((getAt(studio.value(), ['competitors']) as { id: string }[]).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });
});
