/**
 * Does a passage fit a code? Pure rules shared by the passage linker (build), the composer (page)
 * and `medcodes articles audit` (docs/articles.md, "Passages that are about this code"):
 *
 * - names are compared as sets of words: case, punctuation, word order, plural "s", parenthesised
 *   (nonessential) words and a few stop words do not matter ("Diabetes Mellitus, Type 2" = "Type 2
 *   diabetes mellitus");
 * - a qualifier of the code's title rejects a passage whose title (or first sentence) carries the
 *   opposite qualifier: type 1 / type 2, acute / chronic, left / right, benign / malignant;
 * - a passage whose title names a body part or organ that the code's title does not name, while the
 *   code's title names another, is about another body part;
 * - boilerplate (navigation, "click", "the following list" with nothing after, reference lists,
 *   truncated text) is never a statement.
 */

const STOP = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'to', 'by', 'for', 'on', 'as', 'at', 'is', 'due']);

/** Words that say "not further specified": a title that adds only these still names the same condition. */
export const UNSPECIFIED_WORDS = new Set([
  'unspecified',
  'site',
  'not',
  'specified',
  'elsewhere',
  'classified',
  'nos',
  'nec',
  'otherwise',
  'without',
  'complication',
  'uncomplicated',
]);

function stem(word: string): string {
  if (word === 'diabetes') return word;
  if (word.length > 4 && /[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower case, parentheses dropped, "type I/II" as digits, anything but letters and digits a space. */
function plainText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\btype i\b/g, 'type 1')
    .replace(/\btype ii\b/g, 'type 2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a name as a sorted set (see the file comment). */
export function nameWords(text: string): string[] {
  const plain = plainText(text);
  if (!plain) return [];
  return [
    ...new Set(
      plain
        .split(' ')
        .filter((w) => w && !STOP.has(w))
        .map(stem),
    ),
  ].sort();
}

/**
 * The words of a title in their order (stemmed as in `nameWords`; stop words out except "of", which
 * keeps "detachment of retinal pigment epithelium" from reading as "retinal detachment"), for phrase checks.
 */
export function titleWordSequence(text: string): string[] {
  const plain = plainText(text);
  return plain
    ? plain
        .split(' ')
        .filter((w) => w && (w === 'of' || !STOP.has(w)))
        .map((w) => (w === 'of' ? '|of' : stem(w)))
    : [];
}

/**
 * True when a name's words (from `nameWords`) stand side by side in the title, in any order: the
 * topic "Retinal Detachment" is named in "Retinal detachment with retinal break" but not in "Serous
 * detachment of retinal pigment epithelium" (a detachment of the epithelium, another condition).
 */
export function nameIsPhraseIn(sequence: string[], name: string[]): boolean {
  if (name.length <= 1) return name.length === 1 && sequence.includes(name[0] as string);
  const own = new Set(name);
  for (let i = 0; i + own.size <= sequence.length; i += 1) {
    const window = new Set(sequence.slice(i, i + own.size));
    if (window.size === own.size && [...window].every((w) => own.has(w))) return true;
  }
  return false;
}

/**
 * A topic linked to an ancestor because its name occurs in the ancestor's title (rule
 * `topic-in-title`) speaks for a code only when the code's own title names it too: "Poisoning" is
 * named in the chapter "Injury, poisoning and …" but a burn of the thumb is not a poisoning, nor is
 * an "Adverse effect of tricyclic antidepressants".
 */
export function topicNamedIn(codeTitle: string, topic: string): boolean {
  const words = new Set(nameWords(codeTitle));
  const own = nameWords(topic);
  return own.length > 0 && own.every((w) => words.has(w));
}

export function nameKey(text: string): string {
  return nameWords(text).join(' ');
}

interface QualifierGroup {
  name: string;
  values: Array<[string, RegExp]>;
  /** Checked in the passage's first sentence too (not only its title). */
  inText: boolean;
}

const QUALIFIERS: QualifierGroup[] = [
  {
    name: 'diabetes type',
    values: [
      ['type 1', /\btype (1|i|one)\b/i],
      ['type 2', /\btype (2|ii|two)\b/i],
    ],
    inText: true,
  },
  {
    name: 'course',
    values: [
      ['acute', /\bacute\b/i],
      ['chronic', /\bchronic\b/i],
    ],
    inText: false,
  },
  {
    name: 'side',
    values: [
      ['left', /\bleft\b/i],
      ['right', /\bright\b/i],
    ],
    inText: false,
  },
  {
    name: 'behaviour',
    values: [
      ['benign', /\bbenign\b/i],
      ['malignant', /\b(malignant|malignancy|cancers?|carcinomas?|sarcomas?|lymphomas?|leuka?emias?|melanomas?|metasta\w*)\b/i],
    ],
    inText: true,
  },
  {
    // "Cancer in Children" is not about every malignant neoplasm; "Asthma in Adults" not about a child's asthma.
    name: 'population',
    values: [
      ['children', /\b(child(ren|hood)?|pediatric|infants?|newborns?|neonatal|babies|baby|teens?|adolescents?|kids)\b/i],
      ['older adults', /\b(older adults?|seniors?|elderly)\b/i],
      ['women', /\b(women|woman)\b/i],
      ['men', /\b(men|man)\b/i],
      ['pregnancy', /\b(pregnan\w*|maternal|obstetric\w*|puerperium)\b/i],
    ],
    inText: false,
  },
];

/**
 * Is the passage about a narrower condition than the node: its title carries a qualifier (type 1,
 * chronic, left, malignant …) that the node's title does not? ("Diabetes Type 2" is not about the
 * block "Diabetes mellitus" as a whole.)
 */
export function narrower(nodeTitle: string, passageTitle: string): boolean {
  const node = essential(nodeTitle);
  return QUALIFIERS.some((g) => qualifiersOf(node, g).size === 0 && qualifiersOf(passageTitle, g).size > 0);
}

/** Body parts and organs, each with the words that name it. */
const ORGANS: Array<[string, RegExp]> = [
  ['kidney', /\b(kidneys?|renal|nephr\w*)\b/i],
  ['lung', /\b(lungs?|pulmonary|pneumo\w*)\b/i],
  ['liver', /\b(liver|hepat\w*)\b/i],
  ['heart', /\b(heart|cardiac|myocardi\w*|coronary)\b/i],
  ['brain', /\b(brain|cerebr\w*|intracranial)\b/i],
  ['gallbladder', /\b(gall ?bladder|gallstones?|cholecyst\w*|biliary)\b/i],
  ['stomach', /\b(stomach|gastric)\b/i],
  ['colon', /\b(colon|colorectal|rectum|rectal)\b/i],
  ['breast', /\b(breasts?|mammary)\b/i],
  ['skin', /\b(skin|cutaneous|dermal)\b/i],
  ['eye', /\b(eyes?|ocular|retina\w*|cornea\w*)\b/i],
  ['ear', /\b(ears?|otitis|auditory)\b/i],
  ['bladder', /\b(urinary bladder|bladder)\b/i],
  ['prostate', /\b(prostate|prostatic)\b/i],
  ['uterus', /\b(uterus|uterine|endometri\w*)\b/i],
  ['ovary', /\b(ovary|ovaries|ovarian)\b/i],
  ['thyroid', /\b(thyroid)\b/i],
  ['pancreas', /\b(pancreas|pancreatic)\b/i],
  ['esophagus', /\b(esophag\w*|oesophag\w*)\b/i],
  ['bone', /\b(bones?|osseous)\b/i],
  ['spine', /\b(spine|spinal|vertebra\w*)\b/i],
  ['blood', /\b(blood)\b/i],
  ['mouth', /\b(mouth|oral)\b/i],
];

function qualifiersOf(text: string, group: QualifierGroup): Set<string> {
  return new Set(group.values.filter(([, re]) => re.test(text)).map(([v]) => v));
}

/** The title without its nonessential (parenthesised) words: "(acute)" does not make a title acute. */
function essential(title: string): string {
  return title.replace(/\([^)]*\)/g, ' ');
}

/** The first sentence of a text (up to the first ". ", "? " or "! "). */
function firstSentence(text: string): string {
  const m = /^(.*?[.?!])(\s|$)/.exec(text);
  return m?.[1] ?? text;
}

/**
 * Why a passage (title, text) is about another condition than the code titled `codeTitle`: one
 * reason per conflicting qualifier or body part; empty when it fits. `context` is the titles of the
 * code's ancestors, which may name the body part too.
 */
export function passageConflicts(codeTitle: string, passageTitle: string, text = '', context: string[] = []): string[] {
  const code = essential(codeTitle);
  const out: string[] = [];
  for (const group of QUALIFIERS) {
    const own = qualifiersOf(code, group);
    if (own.size !== 1) continue;
    const [mine] = [...own];
    const sources = [passageTitle, ...(group.inText && text ? [firstSentence(text)] : [])];
    for (const source of sources) {
      const theirs = qualifiersOf(source, group);
      if (theirs.size > 0 && !theirs.has(mine as string)) {
        out.push(
          `${group.name}: the code is ${mine}, the passage ${source === passageTitle ? 'title' : 'opening'} says ${[...theirs].join('/')}`,
        );
        break;
      }
    }
  }
  const lineage = [code, ...context.map(essential)].join(' ');
  const codeOrgans = ORGANS.filter(([, re]) => re.test(lineage)).map(([o]) => o);
  const passageOrgans = ORGANS.filter(([, re]) => re.test(passageTitle)).map(([o]) => o);
  if (codeOrgans.length > 0 && passageOrgans.length > 0 && !passageOrgans.some((o) => codeOrgans.includes(o))) {
    out.push(`body part: the code is about ${codeOrgans.join('/')}, the passage about ${passageOrgans.join('/')}`);
  }
  return out;
}

/** Sentences that are page furniture, not content. */
const FURNITURE = [
  /\bclick\b/i,
  /\b(see|visit|go to) (the )?(website|web site|page|link)/i,
  /\bmedlineplus medical dictionary\b/i,
  /\b(learn more|read more|for more information)\b/i,
  /\bthe (table|list) below\b/i,
  /\bHuman Phenotype Ontology\b/i,
  /\bapproximate number of patients\b/i,
];
/** A sentence announcing a list or resources that follow. */
const ANNOUNCES_LIST = /\b(the following|listed below|these resources|following list|include:|are:)\s*$/i;
const REFERENCE_LIST = /\b(Gene ?Reviews?|Genetic Testing Registry|MedlinePlus Encyclopedia|ClinicalTrials\.gov|PubMed)\s*:/i;

/** Why a passage text is not fit to quote (boilerplate, reference list, truncated); empty when it is. */
export function boilerplateProblems(text: string): string[] {
  const out: string[] = [];
  const t = text.trim();
  if (FURNITURE.some((re) => re.test(t))) out.push('navigation or page furniture ("click", "below", dictionary links)');
  if (/\bthe following\b[^.:]*[.:]?\s*$/i.test(t) || ANNOUNCES_LIST.test(t)) out.push('announces a list that does not follow');
  if (REFERENCE_LIST.test(t) || (t.match(/ - /g)?.length ?? 0) >= 3) out.push('a reference or resource list');
  if (t.endsWith('…') || !/[.?!)"”]$/.test(t)) out.push('truncated (does not end a sentence)');
  return out;
}
