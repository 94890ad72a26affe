import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../src/features/articles/index.js';
import { composeArticle, DIAGNOSIS_SECTIONS, PROCEDURE_SECTIONS } from '../../src/features/articles/index.js';

function procedure(over: Partial<ArticleInput> = {}): ArticleInput {
  return {
    system: 'cpt',
    code: '99999',
    kind: 'procedure',
    display: '',
    releaseLabel: '2026',
    facts: [
      {
        source: 'pfs-rvu',
        release: '2025-10',
        values: {
          modifier: null,
          globalDays: '090',
          assistantAtSurgery: '1',
          coSurgeons: '0',
          teamSurgery: '2',
          nonFacilityNaIndicator: 'NA',
        },
      },
      { source: 'pfs-time', release: 'CY2025', values: { intraService: 42, totalTime: 42 } },
      { source: 'opps-addb', release: '2023-01', values: { statusIndicator: 'C' } },
      { source: 'ncci-aoc', release: '2026-04', values: { primaryCode: '11111', editDeletionDate: null } },
      {
        source: 'rbcs',
        release: 'RY2025',
        values: { category: 'Procedure', subcategory: 'Invented subcategory', family: 'Invented family', major: 'M' },
      },
      { source: 'ncci-aoc', release: '2026-04', values: { primaryCode: '22222', editDeletionDate: '2020-01-01' } },
    ],
    attributes: {},
    axes: [],
    notes: [],
    indexTerms: [],
    passages: [],
    overrides: [],
    ...over,
  };
}

const textsOf = (a: ReturnType<typeof composeArticle>, id: string) => a.sections.find((s) => s.id === id)?.statements.map((s) => s.text);

describe('composeArticle', () => {
  it('has every procedure section in order, empty where no source speaks', () => {
    const a = composeArticle(procedure({ facts: [] }));
    assert.deepEqual(
      a.sections.map((s) => [s.id, s.title]),
      PROCEDURE_SECTIONS.map(([id, title]) => [id, title]),
    );
    assert.ok(a.sections.every((s) => s.statements.length === 0));
    assert.deepEqual(a.sources, []);
  });

  it('phrases CMS facts as what CMS states, cited to the file and the RVU layout', () => {
    // A HCPCS code (with its descriptor) has the same CMS facts; a CPT code without one shows RBCS as its title's label instead.
    assert.ok(!JSON.stringify(composeArticle(procedure())).includes('Restructured BETOS Classification, a billing'));
    const a = composeArticle(procedure({ system: 'hcpcs', display: 'Invented service' }));
    assert.deepEqual(textsOf(a, 'duration'), ["CMS's median intra-service physician time is 42 minutes."]);
    // A global period is a payment fact and a billing category is not a purpose: both go to the Summary.
    assert.deepEqual(textsOf(a, 'recovery'), []);
    assert.deepEqual(textsOf(a, 'purpose'), []);
    const summary = textsOf(a, 'summary') ?? [];
    assert.ok(
      summary.includes(
        "CMS's fee schedule gives this code global period 090, a 90-day global period: the payment covers related care from the day before the surgery through the 90 days after it.",
      ),
    );
    assert.ok(
      summary.includes(
        'CMS\'s Restructured BETOS Classification, a billing classification, places this code in category "Procedure", subcategory "Invented subcategory", family "Invented family"; CMS flags it as a major procedure.',
      ),
    );
    assert.equal(textsOf(a, 'personnel')?.length, 3);
    assert.match(textsOf(a, 'personnel')?.[0] ?? '', /assistant at surgery may not be paid/);
    assert.match(textsOf(a, 'setting')?.join(' ') ?? '', /status indicator C: it is on the inpatient-only list/);
    // Deleted add-on edits are not counted; the primary codes themselves are listed once, under Coding edits.
    assert.ok(summary.some((t) => /CMS lists 1 primary code for it \(see Coding edits\)\.$/.test(t)));
    const global = a.sections.find((s) => s.id === 'summary')?.statements.find((s) => /global period/.test(s.text));
    assert.deepEqual(
      global?.citations.map((n) => a.sources[n - 1]?.release),
      ['2025-10', 'RVU25D (October 2025)'],
    );
    // Every citation number points at a listed source, numbered 1..n.
    assert.deepEqual(
      a.sources.map((s) => s.n),
      a.sources.map((_, i) => i + 1),
    );
  });

  it('gives HCPCS a Summary from the short descriptor, cited to the HCPCS file; the coverage code is left to "What\'s covered"', () => {
    const a = composeArticle(
      procedure({
        system: 'hcpcs',
        code: 'E0001',
        display: 'Invented long descriptor',
        shortDisplay: 'Invented short',
        facts: [],
        attributes: { coverageCode: 'M' },
        releaseLabel: '2025-10',
      }),
    );
    assert.deepEqual(textsOf(a, 'summary'), ['The HCPCS Level II file\'s short descriptor of E0001 is "Invented short".']);
    assert.ok(!JSON.stringify(a).includes('coverage code'));
    assert.equal(a.sources.at(-1)?.title, 'HCPCS Level II quarterly file');
  });

  it('labels passages of a parent with "about", and lets imported text replace a section', () => {
    const source = { title: 'T', publisher: 'P', release: '2024', url: 'https://example.org/t' };
    const a = composeArticle({
      ...procedure({ facts: [] }),
      kind: 'diagnosis',
      system: 'icd10cm',
      code: 'A00.0',
      notes: [{ kind: 'excludes1', text: 'something else (B99)', from: 'A00', inherited: true, release: 'FY2021' }],
      passages: [
        { section: 'what', text: 'A synthetic summary.', source, about: 'A00 Synthetic category' },
        { section: 'symptoms', text: 'Synthetic symptoms.', source },
      ],
      overrides: [{ section: 'symptoms', statements: ['Reviewed words.'], source: { ...source, title: 'Reviewed article by Dr X' } }],
    });
    assert.deepEqual(
      a.sections.map((s) => s.id),
      DIAGNOSIS_SECTIONS.map(([id]) => id),
    );
    assert.equal(a.sections[0]?.about, 'A00 Synthetic category');
    assert.deepEqual(textsOf(a, 'symptoms'), ['Reviewed words.']);
    assert.equal(a.sections.find((s) => s.id === 'symptoms')?.about, undefined);
    assert.deepEqual(textsOf(a, 'coding'), ['Excludes1 (never coded together) (from A00): something else (B99)']);
  });

  it('gives every ICD-10-PCS code a Summary, Purpose and Procedure Description from the definitions and tables', () => {
    const axes = [
      { position: 1, name: 'Section', label: 'Invented Imaging' },
      { position: 2, name: 'Body System', label: 'Invented Regions' },
      { position: 3, name: 'Type', label: 'Invented Scan', definition: 'Display of an invented image' },
      { position: 4, name: 'Body Part', label: 'Invented Limb' },
      { position: 5, name: 'Contrast', label: 'None' },
      { position: 6, name: 'Qualifier', label: 'None' },
      { position: 7, name: 'Qualifier', label: 'None' },
    ];
    const a = composeArticle(procedure({ system: 'icd10pcs', code: 'BZZ0ZZZ', display: 'Invented Scan of Limb', facts: [], axes }));
    assert.deepEqual(textsOf(a, 'summary'), [
      'ICD-10-PCS builds BZZ0ZZZ from its characters: section "Invented Imaging", body system "Invented Regions", type "Invented Scan", body part "Invented Limb".',
    ]);
    // Without an explanation the definition of character 3 is the purpose; a billing category never is.
    assert.deepEqual(textsOf(a, 'purpose'), ['ICD-10-PCS defines the type "Invented Scan" as: Display of an invented image.']);
    assert.deepEqual(textsOf(a, 'description'), ['In ICD-10-PCS this code\'s body part (character 4) is "Invented Limb".']);
    const op = { position: 3, name: 'Operation', label: 'Invention', definition: 'Making up a thing', explanation: 'Only in tests' };
    const b = composeArticle(
      procedure({ system: 'icd10pcs', code: '0ZZ0ZZZ', facts: [], axes: [axes[0], axes[1], op, ...axes.slice(4)] as typeof axes }),
    );
    assert.deepEqual(textsOf(b, 'purpose'), [
      'ICD-10-PCS defines the root operation "Invention", which names the objective of the procedure, as: Making up a thing.',
      'ICD-10-PCS explains "Invention": Only in tests.',
    ]);
    // Characters 4 to 7 all "none": the description says so.
    assert.deepEqual(textsOf(b, 'description'), [
      'In ICD-10-PCS this code\'s characters 4 to 7 are: contrast "None", qualifier "None", qualifier "None".',
    ]);
  });
});
