// A command of `buku-kelompok` with its own help: what it does, its options and examples. A new
// command is one such object in its file under commands/ and one line in cli.ts's list.
import type { Bilingual } from '../core/text';
import { optionSyntax, type CliContext, type CliOptions } from './cliOptions';

export interface CliCommand {
  /** The word after `buku-kelompok`. */
  readonly name: string;
  /** The operands after the name, e.g. `FILE` or `FILE…`; empty when there are none. */
  readonly operands: string;
  /** What it does, in one or two sentences per language. */
  readonly summary: Bilingual;
  /** Every option it accepts, with its help; `parse(args, command.options)` reads them. */
  readonly options: CliOptions;
  /** Whole command lines a person can copy. */
  readonly examples: readonly string[];
  /** Runs with the arguments after the name; resolves with the exit code. */
  readonly run: (args: readonly string[], ctx: CliContext) => Promise<number>;
}

/**
 * `buku-kelompok balances FILE [--as-of yyyy-mm-dd] [--json] …`: the one-line synopsis. An option that
 * must be given is shown without brackets (`--out DIR`), options of which one must be given as
 * `(--member ID | --all)`, where the first of them stands.
 */
export function usageLine(command: CliCommand): string {
  const parts: string[] = [];
  const groups = new Map<string, { index: number; syntaxes: string[] }>();
  for (const [name, o] of Object.entries(command.options)) {
    if (name === 'help') continue;
    const syntax = optionSyntax(name, o);
    if (o.oneOf === undefined) {
      parts.push(o.required ? syntax : `[${syntax}]`);
      continue;
    }
    const group = groups.get(o.oneOf);
    if (group) group.syntaxes.push(syntax);
    else groups.set(o.oneOf, { index: parts.push('') - 1, syntaxes: [syntax] });
  }
  for (const { index, syntaxes } of groups.values()) parts[index] = `(${syntaxes.join(' | ')})`;
  return ['buku-kelompok', command.name, command.operands, ...parts].filter((s) => s !== '').join(' ');
}

/** `<command> --help`: synopsis, what it does (Indonesian, then English), options, examples. */
export function commandHelp(command: CliCommand): string {
  const entries = Object.entries(command.options).map(([name, o]) => ({
    syntax: `${o.short ? `-${o.short}, ` : ''}${optionSyntax(name, o)}`,
    help: o.help,
  }));
  const width = Math.max(0, ...entries.map((e) => e.syntax.length));
  const lines = [usageLine(command), '', `  ${command.summary.id}`, `  ${command.summary.en}`];
  if (entries.length > 0) {
    lines.push('', 'Opsi / Options:');
    for (const e of entries)
      lines.push(`  ${e.syntax.padEnd(width)}  ${e.help.id}`, `  ${' '.repeat(width)}  ${e.help.en}`);
  }
  if (command.examples.length > 0) {
    lines.push('', command.examples.length === 1 ? 'Contoh / Example:' : 'Contoh / Examples:');
    for (const example of command.examples) lines.push(`  ${example}`);
  }
  return lines.join('\n');
}
