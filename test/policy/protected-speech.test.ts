import { describe, expect, it } from 'vitest';
import { PROTECTED_SUBJECTS, protectedSubjectOf } from '../../src/policy/protected-speech';

describe('protectedSubjectOf', () => {
  it.each([
    // English
    ['layoffs', 'layoffs'],
    ['Layoff', 'layoffs'],
    ['laid off', 'layoffs'],
    ['Q3 job cuts', 'layoffs'],
    ['redundancies', 'layoffs'],
    ['union organizing', 'unions'],
    ['Union-busting', 'unions'],
    ['unionize', 'unions'],
    ['collective bargaining', 'unions'],
    ['salary', 'pay'],
    ['Salaries', 'pay'],
    ['wages', 'pay'],
    ['gender pay gap', 'pay'],
    ['compensation', 'pay'],
    ['strike', 'strikes'],
    ['Strikes', 'strikes'],
    ['walkout', 'strikes'],
    ['working conditions', 'conditions'],
    ['mandatory overtime', 'conditions'],
    ['harassment', 'harassment'],
    ['#MeToo', 'harassment'],
    ['discrimination', 'harassment'],
    ['whistleblower', 'whistleblowing'],
    ['whistle-blowers', 'whistleblowing'],
    ['workplace safety', 'safety'],
    ['OSHA', 'safety'],
    // French, accents or not, any case
    ['Licenciements', 'layoffs'],
    ['licenciement', 'layoffs'],
    ['plan de licenciement', 'layoffs'],
    ['plan social', 'layoffs'],
    ['Plans sociaux', 'layoffs'],
    ['PSE', 'layoffs'],
    ['plan de sauvegarde de l’emploi', 'layoffs'],
    ['ruptures conventionnelles', 'layoffs'],
    ['grève', 'strikes'],
    ['GREVES', 'strikes'],
    ['préavis de grève', 'strikes'],
    ['Salaires', 'pay'],
    ['rémunération', 'pay'],
    ['remunerations', 'pay'],
    ['augmentations salariales', 'pay'],
    ['syndicat', 'unions'],
    ['délégués syndicaux', 'unions'],
    ['représentants du personnel', 'unions'],
    ['conditions de travail', 'conditions'],
    ['heures supplémentaires', 'conditions'],
    ['harcèlement moral', 'harassment'],
    ['agissements sexistes', 'harassment'],
    ["lanceur d'alerte", 'whistleblowing'],
    ['Lanceurs d’alerte', 'whistleblowing'],
    ['sécurité au travail', 'safety'],
    ['accidents du travail', 'safety'],
    ['droit de retrait', 'safety'],
  ])('%j touches %s', (term, id) => {
    expect(protectedSubjectOf(term)?.id).toBe(id);
  });

  it.each([
    'Q3 revenue',
    'product roadmap',
    'unreleased product',
    'earnings',
    'union station',
    'Union Square',
    'European Union',
    'European Union election',
    'credit union representative',
    'Apple Pay',
    'Acme Pay',
    'raise funds',
    'bonus track',
    'network redundancy',
    'strike price',
    'price discrimination',
    'safety recall',
    'data security',
    'sécurité des données',
    'Amazon Prime',
    'chambre de compensation',
    'syndicat des copropriétaires',
    'chiffre d’affaires',
    'résultats trimestriels',
    'feuille de route',
    'licence',
    'payroll software',
    'unions',
    'strikeout',
    '',
    '   ',
  ])('%j touches nothing', (term) => {
    expect(protectedSubjectOf(term)).toBeUndefined();
  });

  it('allows a plural only on the last word of a phrase', () => {
    expect(protectedSubjectOf('conditions de travail')?.id).toBe('conditions');
    expect(protectedSubjectOf('unfair dismissals')?.id).toBe('layoffs');
    // "plan social" is listed; "plans social" is not French and the plural sits on the first word.
    expect(protectedSubjectOf('plans social')).toBeUndefined();
    // Only "s" or "x", once.
    expect(protectedSubjectOf('strikess')).toBeUndefined();
    expect(protectedSubjectOf('striker')).toBeUndefined();
  });

  it('finds a phrase anywhere in a longer term, on word boundaries only', () => {
    expect(protectedSubjectOf('upcoming layoffs in Q3')?.id).toBe('layoffs');
    expect(protectedSubjectOf('#Greve2026')).toBeUndefined(); // one word "greve2026"
    expect(protectedSubjectOf('grève 2026')?.id).toBe('strikes');
    expect(protectedSubjectOf('antistrike')).toBeUndefined();
  });

  it('picks the first subject in list order when a term touches several', () => {
    expect(protectedSubjectOf('salary discrimination')?.id).toBe('pay');
    expect(protectedSubjectOf('harassment and strikes')?.id).toBe('strikes');
  });

  it('treats pattern characters in a term as plain text', () => {
    for (const term of ['(layoffs', '[strike]', 'wages\\', '.*', 'union+organizing?', '^grève$', '(?<x>a)']) {
      expect(() => protectedSubjectOf(term)).not.toThrow();
    }
    expect(protectedSubjectOf('[strike]')?.id).toBe('strikes');
    expect(protectedSubjectOf('.*')).toBeUndefined();
  });
});

describe('PROTECTED_SUBJECTS', () => {
  it('has unique ids, both labels and a law note in both languages', () => {
    expect(new Set(PROTECTED_SUBJECTS.map((s) => s.id)).size).toBe(PROTECTED_SUBJECTS.length);
    for (const s of PROTECTED_SUBJECTS) {
      expect(s.label.en && s.label.fr && s.law.en && s.law.fr).toBeTruthy();
      expect(s.words.length).toBeGreaterThan(0);
    }
  });

  it('finds every listed word as its own subject, so no word is shadowed or excepted', () => {
    for (const s of PROTECTED_SUBJECTS) {
      for (const word of s.words) expect([word, protectedSubjectOf(word)?.id]).toEqual([word, s.id]);
    }
  });
});
