/**
 * Counts the assertion calls written in test/ so a refactor of the tests can show it kept them all
 * ("count of assertions not lower", issue 12).
 *
 * Counted: every call whose callee is `assert`, `assert.<fn>`, `t.assert.<fn>`, `expect`, or a
 * helper named `assert<Something>` (such as `assertError`); each call site counts once, whatever
 * it checks. Comments and strings are never counted: the files are parsed with the TypeScript
 * compiler, not scanned with a pattern.
 *
 * Usage: `npx tsx scripts/count-assertions.ts [dir]` prints the total, then one line per file
 * with `--by-file`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ASSERTION_CALLEE = /^(?:t\.)?assert(?:\.[A-Za-z]+)?$|^expect$|^assert[A-Z][A-Za-z]*$/;

function listTypeScriptFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listTypeScriptFiles(path));
    else if (/\.tsx?$/.test(entry.name)) files.push(path);
  }
  return files.sort();
}

/** Assertion call sites in one source text. */
export function countAssertions(fileName: string, text: string): number {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  let count = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ASSERTION_CALLEE.test(node.expression.getText(source))) {
      count += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

function main(): void {
  const args = process.argv.slice(2);
  const byFile = args.includes('--by-file');
  const dir = args.find((arg) => !arg.startsWith('--')) ?? 'test';
  let total = 0;
  for (const file of listTypeScriptFiles(dir)) {
    const count = countAssertions(file, readFileSync(file, 'utf8'));
    total += count;
    if (byFile && count > 0) console.log(`${String(count).padStart(5)}  ${file}`);
  }
  console.log(`${total} assertions in ${dir}`);
}

main();
