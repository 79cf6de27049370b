import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import rawCatalogue from '../../data/eu-cybersecurity-strategy-2013.json' with { type: 'json' };
import {
  CatalogueError,
  CatalogueSchema,
  findCatalogueProblems,
  normaliseDeadline,
  parseCatalogue,
  type Catalogue,
  type DeadlineRules,
} from '../../functions/domain/catalogue.js';
import { catalogue, catalogueActions } from '../../functions/domain/strategy-catalogue.js';
import { planActionUpdate } from '../../functions/domain/action-update.js';
import { computeHealth, DEFAULT_HEALTH_CONFIG, isStale } from '../../functions/domain/health.js';
import {
  cleanSourceText,
  findBullets,
  findSections,
  findTableOfContents,
  joinLines,
  removeFootnoteMarkers,
  splitSentences,
  type SourceBullet,
} from '../../functions/domain/source-text.js';

const SOURCE_FILE = 'eu-cybersecurity-strategy-2013.txt';

/** The strategy's text as published, kept in data/ beside the catalogue drawn from it. */
function readSourceText(): string {
  return readFileSync(fileURLToPath(new URL(`../../data/${SOURCE_FILE}`, import.meta.url)), 'utf8');
}

const source = readSourceText();
const sourceBullets = findBullets(source);
const sourceSections = new Map(findSections(source).map((s) => [s.id, s.text]));
const sectionText = (id: string): string => sourceSections.get(id) ?? '';
const normaliseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

function bulletMatchesExclusion(bullet: SourceBullet, excerpt: string): boolean {
  return excerpt === '' ? bullet.text === '' : bullet.text.startsWith(excerpt);
}

/** Source bullets that are neither exactly one action nor exactly one excluded bullet. */
function unaccountedBullets(bullets: readonly SourceBullet[], { actions, exclusions }: Catalogue): string[] {
  return bullets.flatMap((bullet) => {
    const asAction = actions.filter((a) => a.kind === 'BULLET' && a.section === bullet.section && a.text === bullet.text);
    const asExclusion = exclusions.filter((e) => e.kind === 'BULLET' && e.section === bullet.section && bulletMatchesExclusion(bullet, e.excerpt));
    return asAction.length + asExclusion.length === 1 ? [] : [`[${bullet.section}] "${bullet.text}"`];
  });
}

/**
 * Sentences with "will", the strategy's verb of commitment, in sections 2 to 4 (lead-ins
 * aside) that are in no bullet, no action and no excluded sentence.
 */
function unaccountedCommitments({ actions, exclusions }: Catalogue): string[] {
  return [...sourceSections.entries()]
    .filter(([id]) => /^[234](\.|$)/.test(id))
    .flatMap(([id, text]) =>
      splitSentences(text)
        .filter((sentence) => /\bwill\b/.test(sentence) && !sentence.endsWith(':'))
        .filter(
          (sentence) =>
            !sourceBullets.some((b) => b.text.includes(sentence)) &&
            !actions.some((a) => a.text.includes(sentence)) &&
            !exclusions.some((e) => e.kind === 'SENTENCE' && e.section === id && sentence.includes(e.excerpt)),
        )
        .map((sentence) => `[${id}] ${sentence}`),
    );
}

/** A copy of the JSON with one value replaced (or added) at the path. */
function withValueAt(json: unknown, path: readonly (string | number)[], value: unknown): unknown {
  type Node = Record<string | number, unknown>;
  const copy = structuredClone(json);
  const parent = path.slice(0, -1).reduce((node, key) => (node as Node)[key], copy);
  (parent as Node)[path.at(-1) ?? ''] = value;
  return copy;
}

const withoutAction = (ref: string): Catalogue => ({
  ...catalogue,
  actions: catalogue.actions.filter((a) => a.ref !== ref),
});

describe('the catalogue file', () => {
  it('passes the schema and the cross-checks', () => {
    expect(() => parseCatalogue(rawCatalogue)).not.toThrow();
    expect(findCatalogueProblems(catalogue)).toEqual([]);
  });

  const broken: [string, (c: Catalogue) => void, RegExp][] = [
    ['a duplicate ref', (c) => c.actions.push({ ...c.actions[0]! }), /2\.1-01 is listed twice/],
    ['refs out of text order', (c) => c.actions.reverse(), /expected ref 2\.1-01 at this position/],
    ['an unknown owner', (c) => (c.actions[0]!.owners = ['NASA']), /unknown actor NASA/],
    ['an unknown partner', (c) => (c.actions[0]!.partners = ['NATO']), /unknown actor NATO/],
    ['an actor both owner and partner', (c) => (c.actions[0]!.partners = ['COMMISSION']), /named twice/],
    ['an unknown section', (c) => (c.actions.at(-1)!.section = '5'), /unknown section 5/],
    ['a bullet outside the priorities', (c) => (c.actions.at(-1)!.kind = 'BULLET'), /must sit under a strategic priority/],
    [
      'member-state reporting on an action they do not own',
      (c) => (c.actions[0]!.memberStateReporting = true),
      /member states report on an action exactly when they own it/,
    ],
    [
      'no member-state reporting on an action they own',
      (c) => (c.actions.find((a) => a.ref === '2.1-10')!.memberStateReporting = false),
      /2\.1-10: member states report/,
    ],
    ['an unknown deadline phrase', (c) => (c.actions[0]!.deadlinePhrase = 'Continue'), /No deadline rule matches the phrase "Continue"/],
    ['a deadline phrase not in the text', (c) => (c.actions[0]!.deadlinePhrase = 'in 2013'), /deadline phrase is not in its text/],
    ['"recurring" contradicting the phrase', (c) => (c.actions.find((a) => a.ref === '2.1-10')!.recurring = false), /"recurring" must be true/],
    [
      'a continuing action that is not recurring',
      (c) => (c.actions.find((a) => a.ref === '2.1-05')!.recurring = false),
      /2\.1-05: "recurring" must be true, as its text words it as continuing/,
    ],
    [
      'an owning body that owns nothing',
      (c) => (c.actions = c.actions.filter((a) => !a.owners.includes('CEPOL'))),
      /CEPOL is an owning body but owns no action/,
    ],
    [
      'an actor no action names',
      (c) => c.actors.push({ id: 'NASA', name: 'NASA', kind: 'INTERNATIONAL', owningBody: false }),
      /NASA is named by no action/,
    ],
    ['unsorted member states', (c) => c.memberStates.reverse(), /sorted by code/],
    ['a member state joining after the review', (c) => (c.memberStates[0]!.accession = '2014-03-01'), /AT joined after the review date/],
    ['a priority titled unlike its section', (c) => (c.priorities[0]!.title = 'Resilience'), /priority 2\.1: its title differs/],
    ['an exclusion covered by an unknown action', (c) => (c.exclusions[0]!.coveredBy = ['9.9-01']), /unknown action 9\.9-01/],
  ];
  it.each(broken)('reports %s', (_, breakIt, problem) => {
    const copy = structuredClone(catalogue);
    breakIt(copy);
    expect(findCatalogueProblems(copy).join('\n')).toMatch(problem);
    expect(() => parseCatalogue(copy)).toThrow(CatalogueError);
  });

  const misshapen: [string, path: (string | number)[], value: unknown][] = [
    ['an unanchored deadline pattern', ['deadlineRules', 'phrases', 0, 'pattern'], 'in (?<year>\\d{4})'],
    ['a pattern without the group its date needs', ['deadlineRules', 'phrases', 1, 'pattern'], '^in \\d{4}$'],
    ['an invalid regular expression', ['deadlineRules', 'phrases', 1, 'pattern'], '^in (?<year>\\d{4}$'],
    ['an unknown date template', ['deadlineRules', 'phrases', 1, 'date'], '{year}-Q4'],
    ['a no-phrase rule that is not the review date', ['deadlineRules', 'noPhrase', 'date'], '{year}-12-31'],
    ['an unanchored continuing pattern', ['deadlineRules', 'continuing', 'pattern'], '\\bcontinue\\b'],
    ['a malformed ref', ['actions', 0, 'ref'], '2.1-1'],
    ['a lower-case actor id', ['actions', 0, 'owners'], ['commission']],
    ['an action without owners', ['actions', 0, 'owners'], []],
    ['an unknown action kind', ['actions', 0, 'kind'], 'PARAGRAPH'],
    ['an unknown field', ['actions', 0, 'owner'], 'COMMISSION'],
    ['a three-letter country code', ['memberStates', 0, 'code'], 'AUT'],
    ['an impossible adoption date', ['strategy', 'adopted'], '2013-02-30'],
  ];
  it.each(misshapen)('rejects %s', (_, path, value) => {
    expect(CatalogueSchema.safeParse(withValueAt(rawCatalogue, path, value)).success).toBe(false);
  });
});

describe('the catalogue against the source text', () => {
  it('finds every bullet of the source, empty ones included', () => {
    expect(sourceBullets).toHaveLength(69);
  });

  it('accounts for every bullet as exactly one action or one exclusion', () => {
    expect(unaccountedBullets(sourceBullets, catalogue)).toEqual([]);
  });

  it('has no bullet action or excluded bullet that is not in the source', () => {
    const invented = catalogue.actions
      .filter((a) => a.kind === 'BULLET')
      .filter((a) => sourceBullets.filter((b) => b.section === a.section && b.text === a.text).length !== 1)
      .map((a) => a.ref);
    const unmatched = catalogue.exclusions
      .filter((e) => e.kind === 'BULLET')
      .filter((e) => sourceBullets.filter((b) => b.section === e.section && bulletMatchesExclusion(b, e.excerpt)).length !== 1)
      .map((e) => `${e.section} "${e.excerpt}"`);
    expect(invented).toEqual([]);
    expect(unmatched).toEqual([]);
  });

  it('accounts for every sentence with "will" in sections 2 to 4', () => {
    expect(unaccountedCommitments(catalogue)).toEqual([]);
  });

  it('notices the deletion of any action', () => {
    const undetected = catalogue.actions
      .map((a) => a.ref)
      .filter((ref) => {
        const reduced = withoutAction(ref);
        return unaccountedBullets(sourceBullets, reduced).length === 0 && unaccountedCommitments(reduced).length === 0;
      });
    expect(undetected).toEqual([]);
  });

  it('keeps every action word for word as the cleaned source has it', () => {
    const cleaned = normaliseSpace(cleanSourceText(source));
    const drifted = catalogue.actions.filter((a) => !cleaned.includes(normaliseSpace(a.text))).map((a) => a.ref);
    expect(drifted).toEqual([]);
  });

  it('takes sentence actions whole from their own section', () => {
    for (const action of catalogue.actions.filter((a) => a.kind === 'SENTENCE')) {
      expect(splitSentences(sectionText(action.section)), action.ref).toContain(action.text);
    }
  });

  it('quotes excluded sentences from their own section', () => {
    const missing = catalogue.exclusions.filter((e) => e.kind === 'SENTENCE' && !sectionText(e.section).includes(e.excerpt)).map((e) => e.excerpt);
    expect(missing).toEqual([]);
  });

  it('gives each bullet action the lead-in that precedes it in the source', () => {
    for (const action of catalogue.actions.filter((a) => a.kind === 'BULLET')) {
      const bullet = sourceBullets.find((b) => b.section === action.section && b.text === action.text);
      expect(action.leadIn, action.ref).toBe(bullet?.leadIn);
    }
  });

  it('gives each action the last subheading above it', () => {
    const subheadings: Record<string, string[]> = {
      '2.1': ['Raising awareness'],
      '2.2': ['Strong and effective legislation', 'Enhanced operational capability to combat cybercrime', 'Improved coordination at EU level'],
      '2.3': [],
      '2.4': ['Promoting a Single Market for cybersecurity products', 'Fostering R&D investments and innovation'],
      '2.5': [
        'Mainstreaming cyberspace issues into EU external relations and Common Foreign and Security Policy',
        'Developing capacity building on cybersecurity and resilient information infrastructures in third countries',
      ],
      '4': [],
    };
    for (const action of catalogue.actions) {
      const text = sectionText(action.section);
      const position = text.indexOf(action.text);
      const above = (subheadings[action.section] ?? []).filter((s) => text.includes(s) && text.indexOf(s) < position);
      expect(action.subheading, action.ref).toBe(above.at(-1) ?? null);
    }
  });

  it('titles sections and priorities as the table of contents does', () => {
    const contents = findTableOfContents(source);
    expect(catalogue.sections).toEqual(contents);
    expect(catalogue.priorities).toEqual(contents.filter((s) => /^2\.\d$/.test(s.id)));
    expect(catalogue.sections.find((s) => s.id === '4')?.title).toBe('CONCLUSION AND FOLLOW-UP');
  });
});

describe('pinned figures (a change here must be deliberate)', () => {
  const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> =>
    items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});

  it('has 49 actions, by section', () => {
    expect(countBy(catalogue.actions, (a) => a.section)).toEqual({ '2.1': 12, '2.2': 13, '2.3': 4, '2.4': 13, '2.5': 6, '4': 1 });
    expect(catalogue.actions).toHaveLength(49);
  });

  it('has two sentence actions: the cloud certification work and the review conference', () => {
    expect(catalogue.actions.filter((a) => a.kind === 'SENTENCE').map((a) => a.ref)).toEqual(['2.4-01', '4-01']);
    expect(catalogue.actions.find((a) => a.ref === '4-01')).toMatchObject({
      owners: ['COMMISSION', 'HIGH_REPRESENTATIVE'],
      deadlinePhrase: 'in 12 months',
    });
  });

  it('has 58 exclusions: 22 bullets and 36 sentences', () => {
    expect(catalogue.exclusions).toHaveLength(58);
    expect(countBy(catalogue.exclusions, (e) => e.kind)).toEqual({ BULLET: 22, SENTENCE: 36 });
    expect(
      countBy(
        catalogue.exclusions.filter((e) => e.kind === 'BULLET'),
        (e) => e.section,
      ),
    ).toEqual({
      '2': 5,
      '2.1': 3,
      '2.2': 1,
      '3': 13,
    });
  });

  it('gives each lead-in its owners', () => {
    const ownersByLeadIn: Record<string, string[]> = {
      'The Commission will:': ['COMMISSION'],
      'The Commission asks ENISA to:': ['ENISA'],
      'The Commission invites the European Parliament and the Council to:': ['EUROPEAN_PARLIAMENT', 'COUNCIL'],
      'The Commission asks industry to:': ['INDUSTRY'],
      'The Commission invites industry to:': ['INDUSTRY'],
      'The Commission invites the Member States to:': ['MEMBER_STATES'],
      'The Commission asks Europol (EC3) to:': ['EUROPOL_EC3'],
      'The Commission asks the European Police College (CEPOL) in cooperation with Europol to:': ['CEPOL'],
      'The Commission asks Eurojust to:': ['EUROJUST'],
      'The Commission asks Eurojust and Europol (EC3) to:': ['EUROJUST', 'EUROPOL_EC3'],
      'The High Representative will focus on the following key activities and invite the Member States and the European Defence Agency to collaborate:':
        ['HIGH_REPRESENTATIVE', 'EDA'],
      'The Commission invites public and private stakeholders to:': ['PUBLIC_PRIVATE_STAKEHOLDERS'],
      'The Commission asks Europol and ENISA to:': ['EUROPOL_EC3', 'ENISA'],
      'In cooperation with the Member States, the Commission and the High Representative will:': ['COMMISSION', 'HIGH_REPRESENTATIVE'],
    };
    for (const action of catalogue.actions.filter((a) => a.kind === 'BULLET')) {
      expect(action.owners, action.ref).toEqual(ownersByLeadIn[action.leadIn ?? '']);
    }
    const cepol = catalogue.actions.find((a) => a.owners.includes('CEPOL'));
    expect(cepol?.partners).toEqual(['EUROPOL_EC3']);
  });

  it('asks member states to report on the four actions they own, and no other', () => {
    expect(catalogue.actions.filter((a) => a.memberStateReporting).map((a) => a.ref)).toEqual(['2.1-10', '2.1-11', '2.4-10', '2.4-11']);
  });

  it('lists the EU-28 at the review date, Croatia included', () => {
    const codes = catalogue.memberStates.map((m) => m.code);
    expect(codes).toHaveLength(28);
    expect(codes).toEqual([...codes].sort());
    expect(catalogue.memberStates).toContainEqual({ code: 'HR', name: 'Croatia', accession: '2013-07-01' });
    expect(codes).toEqual(expect.arrayContaining(['GB', 'GR']));
    expect(codes).not.toEqual(expect.arrayContaining(['UK']));
    expect(codes).not.toEqual(expect.arrayContaining(['EL']));
  });

  it('gives an OWNER login to the seven owning bodies', () => {
    expect(catalogue.actors.filter((a) => a.owningBody).map((a) => a.id)).toEqual([
      'COMMISSION',
      'HIGH_REPRESENTATIVE',
      'ENISA',
      'EUROPOL_EC3',
      'CEPOL',
      'EUROJUST',
      'EDA',
    ]);
    const ids = catalogue.actors.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining(['MEMBER_STATES', 'EUROPEAN_PARLIAMENT', 'COUNCIL', 'INDUSTRY', 'PUBLIC_PRIVATE_STAKEHOLDERS', 'JRC']),
    );
  });

  it('keeps the source text, typos and all', () => {
    const text = (ref: string): string => catalogue.actions.find((a) => a.ref === ref)?.text ?? '';
    expect(text('2.1-01')).toContain('on identifiying NIS vulnerabilities');
    expect(text('2.2-08')).toContain('together with EU and non-EU countries, , launched a Global Alliance');
    expect(text('2.1-02')).toBe(
      'Launch an EU-funded pilot project early in 2013 on fighting botnets and malware, to provide a framework for coordination and cooperation between EU Member States, private sector organisations such as Internet Service Providers, and international partners.',
    );
    expect(text('2.1-07')).toBe(
      'Take leadership in investing in a high level of cybersecurity and develop best practices and information sharing at sector level and with public authorities with the view of ensuring a strong and effective protection of assets and individuals, in particular through public-private partnerships like EP3R and Trust in Digital Life (TDL).',
    );
    expect(text('2.2-03')).toContain('support bodies that make the link between research/academia, law enforcement practitioners');
    expect(text('2.2-09')).toContain('cybercrime networks primarily in the areas of child sexual abuse, payment fraud, botnets and intrusion.');
    expect(text('2.3-02')).toContain('improved threat analysis and information sharing. Improve Cyber Defence Training');
    expect(text('2.4-01')).toBe(
      'Second, the Commission will support the development of security standards and assist with EU-wide voluntary certification schemes in the area of cloud computing, while taking in due account the need to ensure data protection.',
    );
    expect(text('2.1-03')).toMatch(/transport and energy infrastructure$/);
  });
});

describe('deadline normalisation', () => {
  const { deadlineRules: rules, strategy } = catalogue;
  const cases: [phrase: string, date: string, recurring: boolean][] = [
    ['early in 2013', '2013-06-30', false],
    ['in 2013', '2013-12-31', false],
    ['In 2014', '2014-12-31', false],
    ['by the end of 2013', '2013-12-31', false],
    ['by 2014', '2014-12-31', false],
    ['from 2013 onwards', '2013-12-31', true],
    ['starting in 2014', '2014-12-31', true],
    ['in 12 months', '2014-02-07', false],
    ['On a regular basis', '2014-02-07', true],
  ];
  it.each(cases)('reads "%s" as %s (recurring: %s)', (phrase, date, recurring) => {
    expect(normaliseDeadline(phrase, rules, strategy)).toEqual({ date, source: 'PHRASE', recurring });
  });

  it('tests every rule of the file', () => {
    const untested = rules.phrases.filter((rule) => !cases.some(([phrase]) => new RegExp(rule.pattern, 'i').test(phrase)));
    expect(untested.map((rule) => rule.pattern)).toEqual([]);
  });

  it('puts an action without a deadline phrase at the review date', () => {
    expect(normaliseDeadline(null, rules, strategy)).toEqual({ date: '2014-02-07', source: 'REVIEW_DATE', recurring: false });
  });

  it.each(['as early as possible', 'in 2013 or so', 'early in 13', 'next year', ''])('rejects the unknown phrase "%s"', (phrase) => {
    expect(() => normaliseDeadline(phrase, rules, strategy)).toThrow(/No deadline rule matches/);
  });

  it('counts months in the calendar, ending on the last day of a short month', () => {
    expect(normaliseDeadline('in 1 months', rules, { adopted: '2013-01-31', reviewDate: '2014-01-31' }).date).toBe('2013-02-28');
    expect(normaliseDeadline('in 13 months', rules, { adopted: '2015-01-31', reviewDate: '2016-01-31' }).date).toBe('2016-02-29');
  });

  it('applies the first rule that matches', () => {
    const overlapping: DeadlineRules = {
      phrases: [
        { pattern: '^(?:in|during) (?<year>\\d{4})$', date: '{year}-06-30', recurring: false, explanation: 'first' },
        { pattern: '^in (?<year>\\d{4})$', date: '{year}-12-31', recurring: true, explanation: 'second' },
      ],
      noPhrase: { date: '{reviewDate}', explanation: 'review' },
      continuing: rules.continuing,
    };
    expect(normaliseDeadline('in 2013', overlapping, strategy)).toEqual({ date: '2013-06-30', source: 'PHRASE', recurring: false });
  });

  it('gives each action its baseline deadline', () => {
    const fromPhrase: Record<string, string> = {
      '2.1-02': '2013-06-30',
      '2.1-04': '2013-12-31',
      '2.1-08': '2013-12-31',
      '2.1-09': '2014-12-31',
      '2.1-10': '2013-12-31',
      '2.1-11': '2014-12-31',
      '2.2-10': '2014-02-07',
      '2.4-02': '2013-12-31',
      '2.4-03': '2014-12-31',
      '2.4-10': '2013-12-31',
      '4-01': '2014-02-07',
    };
    const scheduled = catalogueActions();
    expect(scheduled).toHaveLength(catalogue.actions.length);
    for (const action of scheduled) {
      const expected = fromPhrase[action.ref];
      expect({ ref: action.ref, deadline: action.deadline, source: action.deadlineSource }).toEqual({
        ref: action.ref,
        deadline: expected ?? '2014-02-07',
        source: expected ? 'PHRASE' : 'REVIEW_DATE',
      });
    }
    // Recurring by their deadline phrase (2.1-10, 2.2-10) or worded as continuing (2.1-01, 2.1-05, 2.2-08).
    expect(scheduled.filter((a) => a.recurring).map((a) => a.ref)).toEqual(['2.1-01', '2.1-05', '2.1-10', '2.2-08', '2.2-10']);
  });
});

describe('reading the extracted PDF text', () => {
  it('drops page footers, footnote blocks and URL lines, and continues across the page', () => {
    const raw = [
      'The Commission will: ',
      '',
      '• Launch a pilot project1 early in 2013 on fighting botnets and ',
      '',
      ' '.repeat(49),
      '1 CIP-ICT PSP-2012-6, 325188. It has an overall budget of 15 Million Euro. ',
      '',
      'https://example.org/footnote-url',
      ' malware, in a well-',
      'functioning way. ',
      '',
      '',
      'EN 10   EN ',
      '',
      'Next paragraph.',
    ].join('\n');
    expect(cleanSourceText(raw)).toBe(
      'The Commission will: • Launch a pilot project early in 2013 on fighting botnets and malware, in a well-functioning way. Next paragraph.',
    );
    expect(findBullets(raw)).toEqual([
      {
        section: '',
        leadIn: 'The Commission will:',
        text: 'Launch a pilot project early in 2013 on fighting botnets and malware, in a well-functioning way.',
      },
    ]);
  });

  it('removes footnote markers in order, sparing names and section numbers', () => {
    const text = '1.1. Context a year1; the EC3 survey2 and EP3R3) in 200410 and Horizon 202011 the world.12 in 2012.';
    expect(removeFootnoteMarkers(text, [1, 2, 3, 10, 11, 12])).toBe(
      '1.1. Context a year; the EC3 survey and EP3R) in 2004 and Horizon 2020 the world. in 2012.',
    );
  });

  it('keeps compound hyphens at line ends and drops those that split a word', () => {
    expect(joinLines(['a well-', 'functioning CERT'])).toBe('a well-functioning CERT');
    expect(joinLines(['network and informa-', 'tion security'], new Set(['information']))).toBe('network and information security');
    expect(joinLines(['cyber-', 'security'], new Set(['cybersecurity', 'cyber-security']))).toBe('cyber-security');
    expect(joinLines(['three key pillars—', 'NIS, law enforcement'])).toBe('three key pillars—NIS, law enforcement');
    expect(joinLines(['so that they - ', 'together with'])).toBe('so that they - together with');
  });

  it('cleans the real text', () => {
    const cleaned = cleanSourceText(source);
    expect(cleaned).toContain('The European Network and Information Security Agency ENISA was established in 2004 and a new Regulation');
    expect(cleaned).toContain('The EU should make the best of the Horizon 2020 Framework Programme');
    expect(cleaned).toContain('private sector involvement and preparedness:. This strategy is accompanied');
    expect(cleaned).toContain('"European Forum for Member States (EFMS)", which has held');
    expect(cleaned).toContain('in the field of publicly available e-communication services');
    expect(cleaned).toContain('The Commission invites the Member States to: • Organise a yearly cybersecurity month');
    expect(cleaned).not.toMatch(/project17|EN 10|https?:|Directive 2011\/93\/EU/);
    expect(cleaned).not.toContain('  ');
  });

  it('reads the table of contents', () => {
    expect(findTableOfContents(source).map((entry) => entry.id)).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3',
      '3.1',
      '3.2',
      '4',
    ]);
  });
});

describe('continuing actions', () => {
  const scheduled = new Map(catalogueActions().map((action) => [action.ref, action]));
  const context = { asOf: '2015-06-01', adopted: catalogue.strategy.adopted, config: DEFAULT_HEALTH_CONFIG };

  it.each(['2.1-01', '2.1-05', '2.2-08'])('%s ("continue ...") may be ONGOING, and ongoing it is on track after its deadline', (ref) => {
    const action = scheduled.get(ref)!;
    const planned = planActionUpdate(
      { status: 'IN_PROGRESS', progress: 40, evidenceUrls: [] },
      { status: 'ONGOING' },
      { recurring: action.recurring, now: '2015-05-30T10:00:00Z' },
    );
    expect(planned.ok).toBe(true);
    expect(computeHealth({ status: 'ONGOING', progress: 40, deadline: action.deadline, lastConfirmedAt: '2015-05-30T10:00:00Z' }, context)).toBe(
      'ON_TRACK',
    );
    expect(isStale('2015-05-30T10:00:00Z', context.asOf, DEFAULT_HEALTH_CONFIG)).toBe(false);
  });

  it('a one-off action still may not be ONGOING', () => {
    const action = scheduled.get('2.1-04')!;
    const planned = planActionUpdate(
      { status: 'IN_PROGRESS', progress: 40, evidenceUrls: [] },
      { status: 'ONGOING' },
      { recurring: action.recurring, now: '2015-05-30T10:00:00Z' },
    );
    expect(planned).toMatchObject({ ok: false, problems: ['Only a recurring action can be ONGOING; use IN_PROGRESS.'] });
  });
});
