/**
 * The simple relations an article states in so many words: "X’s president, Y", "Y, a member of X",
 * "X, funded by Z", "Y, who leads X", "Y, a spokesman for X". Both ends are given as the article's words.
 */
export interface FoundRelation {
  paragraph: number;
  evidence: string;
  from: string;
  to: string;
  kind: string;
  label: string;
}

const NAME = String.raw`((?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:of|for|the|and)?\s*[A-Z][\p{L}’'.-]*)*)`;
const ROLES = 'president|leader|head|chief|chairman|chairwoman|director|minister|spokesman|spokeswoman|spokesperson|governor|mayor|commander|founder|secretary-general|chief executive|CEO|general secretary|prime minister|king|emir';
const PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => Omit<FoundRelation, 'paragraph' | 'evidence'> }[] = [
  // "Niger’s president, Mohamed Bazoum" → Bazoum leads Niger
  { re: new RegExp(String.raw`${NAME}’s\s+(?:[a-z]+\s+)?(${ROLES}),\s+${NAME}`, 'gu'), build: (m) => ({ from: m[3], to: m[1], kind: m[2] === 'spokesman' || m[2] === 'spokeswoman' || m[2] === 'spokesperson' ? 'speaks-for' : 'leads', label: m[2] }) },
  // "Mohamed Bazoum, the president of Niger" / "Y, a spokesman for X"
  { re: new RegExp(String.raw`${NAME},\s+(?:the|a|an)\s+(?:[a-z]+\s+)?(${ROLES})\s+(?:of|for|at)\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: /spokes/.test(m[2]) ? 'speaks-for' : 'leads', label: m[2] }) },
  // "Y, a member of X"
  { re: new RegExp(String.raw`${NAME},\s+(?:a|an)\s+member\s+of\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[2], kind: 'member-of', label: 'member of' }) },
  // "X, funded by Z" / "X, which is funded by Z"
  { re: new RegExp(String.raw`${NAME},?\s+(?:which is\s+|that is\s+)?(?:funded|financed|backed|bankrolled)\s+by\s+${NAME}`, 'gu'), build: (m) => ({ from: m[2], to: m[1], kind: 'funds', label: 'funds' }) },
  // "Y, who leads X" / "Y, who heads X"
  { re: new RegExp(String.raw`${NAME},\s+who\s+(?:leads|heads|runs|chairs|founded)\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[2], kind: 'leads', label: 'leads' }) },
];

export function findRelations(paragraphs: readonly string[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const { re, build } of PATTERNS) {
      for (const m of text.matchAll(re)) {
        const r = build(m as RegExpExecArray);
        found.push({ paragraph, evidence: m[0], ...r, from: r.from.replace(/^the\s+/i, ''), to: r.to.replace(/^the\s+/i, '') });
      }
    }
  });
  return found;
}
