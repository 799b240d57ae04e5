// Writes a read package back with only the parts an action must change: the sheets of fixed
// cells, the generated tabs (written as parts of their own, see generatedSheetPart), new input
// tabs (made by exceljs in a scratch workbook and moved in), the workbook's list of tabs, its
// relationships, content types and styles (appended to). Every other part is copied byte for byte,
// its packed bytes included.
import type ExcelJS from 'exceljs';
import type { GeneratedSheetPart } from './generatedSheetPart';
import type { PackedPart } from './packedPart';
import { patchCell, type CellPatch } from './xlsxCellPatch';
import { widenDropdown } from './xlsxDropdowns';
import type { WidenedDropdown } from '../core/book/upgradeBook';
import { writtenCellFormat } from '../core/spreadsheetSettings';
import type { XlsxPackage } from './xlsxPackageReader';
import { readPackageParts, readRelationships, relsPartOf } from './xlsxPackageParts';
import { escapeAttr, remapStyles, StylesEditor } from './xlsxStylesMerge';
import { damagedWorkbook } from './workbookFileKind';
import {
  insertBeforeClose,
  lastCloseTag,
  prefixOf,
  prefixSource,
  relationshipIdAttr,
  withPrefix,
} from './xmlElements';
import { attr } from './xmlScanner';
import { ZipPackage } from './zipPackage';
import { dosDateTime, zipPieces, type ZipPart } from './zipWriter';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

export interface PackageEdits {
  readonly pkg: XlsxPackage;
  /** Package tabs (by index) replaced by the scratch sheet of the same name. */
  readonly replaced: ReadonlySet<number>;
  /** Scratch sheets added after the package's tabs, in order. */
  readonly appended: readonly string[];
  /** Cells written into package tabs, by tab index, in the order written. */
  readonly cells: ReadonlyMap<number, readonly CellPatch[]>;
  /** List dropdowns widened in package tabs, by tab index. */
  readonly dropdowns?: ReadonlyMap<number, readonly Omit<WidenedDropdown, 'tab'>[]>;
  readonly scratch: () => ExcelJS.Workbook;
  /** Generated tabs already written as parts, by name: each takes the place of a scratch sheet. */
  readonly generated?: ReadonlyMap<string, GeneratedSheetPart>;
  /** The package's styles part as already added to (by the generated tabs' cell formats). */
  readonly styles?: StylesEditor;
  /** The date of new parts (yyyy-mm-dd); now when absent. */
  readonly stamp: string | undefined;
}

/** `to` as a relationship target from `from` (both paths inside the package). */
function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i += 1;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** `xml` with `addition` before the closing tag of element `name` (whatever its prefix), or `damaged()`. */
function insertBefore(xml: string, name: string, addition: string, damaged: () => Error): string {
  const out = insertBeforeClose(xml, name, addition);
  if (out === undefined) throw damaged();
  return out;
}

function relationshipsXml(
  rels: readonly { id: string; type: string; target: string; external: boolean }[],
): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** The position of the tab with relationship `relId` among the workbook's <sheet> elements. */
function sheetPosition(workbookXml: string, relId: string): number {
  const sheets = workbookXml.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? [];
  const idAttr = relationshipIdAttr(workbookXml);
  return sheets.findIndex((s) => attr(s.slice(1), idAttr) === relId);
}

/**
 * The workbook's print titles of the tab at `position`: replaced by `value`, or removed. Its
 * elements carry the prefix of the workbook's `<sheets>` (none in a workbook Excel wrote).
 */
function setPrintTitles(
  workbookXml: string,
  position: number,
  value: string | undefined,
  damaged: () => Error,
): string {
  const prefix = prefixOf(workbookXml, 'sheets');
  if (prefix === undefined) throw damaged();
  const p = prefixSource(prefix);
  let xml = workbookXml.replace(
    new RegExp(
      `<${p}definedName\\b(?=[^>]*name="_xlnm\\.Print_Titles")(?=[^>]*localSheetId="${position}")[^>]*>[^<]*</${p}definedName>`,
      'g',
    ),
    '',
  );
  xml = xml.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`), '');
  if (value === undefined) return xml;
  const name = `<definedName name="_xlnm.Print_Titles" localSheetId="${position}">${value}</definedName>`;
  if (new RegExp(`<${p}definedNames[\\s>]`).test(xml))
    return insertBefore(xml, 'definedNames', name, damaged);
  // Right after the tabs: definedNames come next among a workbook's elements.
  const sheets = lastCloseTag(xml, 'sheets');
  if (!sheets) throw damaged();
  const names = withPrefix(`<definedNames>${name}</definedNames>`, sheets.prefix);
  return `${xml.slice(0, sheets.end)}${names}${xml.slice(sheets.end)}`;
}

/** A worksheet's XML with each shared text (`t="s"`) moved into its cell: `<si>`'s XML as `<is>`. */
function inlineStrings(sheetXml: string, strings: readonly string[]): string {
  return sheetXml.replace(
    /<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_m, before: string, after: string, index: string) =>
      `<c${before} t="inlineStr"${after}><is>${strings[Number(index)] ?? '<t></t>'}</is></c>`,
  );
}

/** The package with its edits, in pieces to be written one after the other (see zipPieces). */
export async function packagePieces(edits: PackageEdits): Promise<Buffer[]> {
  const { zip, parts, tabs } = edits.pkg;
  // A part without the element an edit goes into: the book read is damaged, not the copy written.
  const damaged = (): Error => damagedWorkbook(edits.pkg.label);
  const dropdowns = edits.dropdowns ?? new Map<number, never[]>();
  if (
    edits.replaced.size === 0 &&
    edits.appended.length === 0 &&
    edits.cells.size === 0 &&
    dropdowns.size === 0
  )
    return [zip.bytes];

  const put = new Map<string, Buffer | PackedPart>();
  const removed = new Set<string>();
  const used = new Set(zip.entries.map((e) => e.name));
  const fresh = (name: (n: number) => string): string => {
    for (let n = 1; ; n += 1) {
      const candidate = name(n);
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };
  // A part the copy is made from missing (a program that wrote no styles part): the book read
  // lacks it, and the user hears so in both languages, as of any part cut short.
  const text = (name: string): string => {
    const entry = zip.entry(name);
    if (!entry) throw damaged();
    return zip.readText(entry);
  };
  if (parts.stylesPart === undefined) throw damaged();
  const styles = edits.styles ?? new StylesEditor(text(parts.stylesPart), damaged);
  let contentTypes = text('[Content_Types].xml');
  let workbookXml = text(parts.workbookPart);
  const workbookRelsPart = relsPartOf(parts.workbookPart);
  let workbookRels = text(workbookRelsPart);
  const override = (part: string, type: string): void => {
    if (!contentTypes.includes(`PartName="/${part}"`))
      contentTypes = insertBefore(
        contentTypes,
        'Types',
        `<Override PartName="/${part}" ContentType="${type}"/>`,
        damaged,
      );
  };
  const dropOverride = (part: string): void => {
    contentTypes = contentTypes.replace(
      new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${part.replace(/[.[\]]/g, '\\$&')}"[^>]*/>`),
      '',
    );
  };

  const generated = edits.generated ?? new Map<string, GeneratedSheetPart>();
  const scratchNames = [...[...edits.replaced].map((i) => tabs[i]?.sheet.name ?? ''), ...edits.appended];
  if (scratchNames.length > 0) {
    const fromScratch = scratchNames.some((name) => !generated.has(name));
    const scratch = fromScratch
      ? new ZipPackage(
          Buffer.from(
            await edits.scratch().xlsx.writeBuffer({ useSharedStrings: false } as ExcelJS.XlsxWriteOptions),
          ),
          'scratch',
          Number.MAX_SAFE_INTEGER,
        )
      : undefined;
    const scratchParts = scratch ? readPackageParts(scratch, 'scratch') : undefined;
    const scratchText = (name: string): string =>
      scratch!.readText(scratch!.entry(name) as NonNullable<ReturnType<ZipPackage['entry']>>);
    const styleMap = scratchParts ? styles.adopt(scratchText(scratchParts.stylesPart as string)) : [];
    // exceljs writes shared texts whatever its option says: they go into the cells, inline, so the
    // package's own shared texts stay as they are.
    const sharedXml =
      scratchParts?.sharedStringsPart === undefined ? '' : scratchText(scratchParts.sharedStringsPart);
    const scratchStrings = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1] as string);
    const scratchWorkbook = scratchParts ? scratchText(scratchParts.workbookPart) : '';
    const titles = new Map<number, string>();
    for (const m of scratchWorkbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
      if (attr(m[1] as string, 'name') === '_xlnm.Print_Titles')
        titles.set(Number(attr(m[1] as string, 'localSheetId')), m[2] as string);
    }
    const maxSheetId = Math.max(
      0,
      ...parts.sheets.map((s) => Number(s.sheetId) || 0),
      ...[...workbookXml.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1])),
    );
    let nextSheetId = maxSheetId + 1;
    let nextRel = 1;
    const relIds = new Set([...workbookRels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));

    for (const [n, name] of scratchNames.entries()) {
      const replacing = n < edits.replaced.size ? [...edits.replaced][n] : undefined;
      const written = generated.get(name);
      const sIndex = scratchParts?.sheets.findIndex((s) => s.name === name) ?? -1;
      const source = scratchParts?.sheets[sIndex];
      if (!source && !written) throw new Error(`scratch has no ${name}`);
      let part: string;
      let relId: string;
      if (replacing !== undefined) {
        const old = tabs[replacing]!.sheet;
        part = old.part;
        relId = old.relId;
        for (const r of readRelationships(zip, old.part, 'package')) {
          if (r.external || !/\/(comments|vmlDrawing)$/.test(r.type)) continue;
          removed.add(r.target);
          dropOverride(r.target);
        }
        removed.add(relsPartOf(old.part));
      } else {
        part = fresh((k) => `xl/worksheets/sheet${k}.xml`);
        do relId = `rId${nextRel++}`;
        while (relIds.has(relId));
        relIds.add(relId);
        workbookRels = insertBefore(
          workbookRels,
          'Relationships',
          `<Relationship Id="${relId}" Type="${REL}/worksheet" Target="${relativeTarget(parts.workbookPart, part)}"/>`,
          damaged,
        );
        workbookXml = insertBefore(
          workbookXml,
          'sheets',
          `<sheet name="${escapeAttr(name)}" sheetId="${nextSheetId++}" ${relationshipIdAttr(workbookXml)}="${relId}"/>`,
          damaged,
        );
        override(part, WORKSHEET_TYPE);
      }
      if (written) {
        const comments = fresh((k) => `xl/comments${k}.xml`);
        override(comments, COMMENTS_TYPE);
        const vml = fresh((k) => `xl/drawings/vmlDrawing${k}.vml`);
        if (!/Extension="vml"/i.test(contentTypes))
          contentTypes = insertBefore(
            contentTypes,
            'Types',
            `<Default Extension="vml" ContentType="${VML_TYPE}"/>`,
            damaged,
          );
        const links = written.links.map((target, i) => ({
          id: `rId${i + 1}`,
          type: `${REL}/hyperlink`,
          target,
          external: true,
        }));
        removed.delete(relsPartOf(part));
        put.set(
          relsPartOf(part),
          Buffer.from(
            relationshipsXml([
              ...links,
              {
                id: `rId${links.length + 1}`,
                type: `${REL}/comments`,
                target: relativeTarget(part, comments),
                external: false,
              },
              {
                id: `rId${links.length + 2}`,
                type: `${REL}/vmlDrawing`,
                target: relativeTarget(part, vml),
                external: false,
              },
            ]),
          ),
        );
        put.set(part, written.sheet);
        put.set(comments, Buffer.from(written.comments));
        put.set(vml, Buffer.from(written.vml));
        workbookXml = setPrintTitles(
          workbookXml,
          sheetPosition(workbookXml, relId),
          written.printTitles,
          damaged,
        );
        continue;
      }
      if (!source || !scratch) throw new Error(`scratch has no ${name}`);
      const rels = readRelationships(scratch, source.part, 'scratch').map((r) => {
        if (r.external) return r;
        let target: string;
        if (r.type.endsWith('/comments')) {
          target = fresh((k) => `xl/comments${k}.xml`);
          override(target, COMMENTS_TYPE);
        } else if (r.type.endsWith('/vmlDrawing')) {
          target = fresh((k) => `xl/drawings/vmlDrawing${k}.vml`);
          if (!/Extension="vml"/i.test(contentTypes))
            contentTypes = insertBefore(
              contentTypes,
              'Types',
              `<Default Extension="vml" ContentType="${VML_TYPE}"/>`,
              damaged,
            );
        } else {
          target = fresh((k) => r.target.replace(/(\d*)(\.\w+)$/, `${k}$2`));
        }
        put.set(target, scratch.read(scratch.entry(r.target)!));
        return { ...r, target: relativeTarget(part, target) };
      });
      if (rels.length > 0) {
        removed.delete(relsPartOf(part));
        put.set(relsPartOf(part), Buffer.from(relationshipsXml(rels)));
      }
      put.set(
        part,
        Buffer.from(inlineStrings(remapStyles(scratchText(source.part), styleMap), scratchStrings)),
      );
      workbookXml = setPrintTitles(
        workbookXml,
        sheetPosition(workbookXml, relId),
        titles.get(sIndex),
        damaged,
      );
    }
  }

  const formatted = new Map<string, number>();
  for (const index of new Set([...edits.cells.keys(), ...dropdowns.keys()])) {
    if (edits.replaced.has(index)) continue;
    const sheet = tabs[index]!.sheet;
    let xml = text(sheet.part);
    for (const d of dropdowns.get(index) ?? []) xml = widenDropdown(xml, d);
    for (const p of edits.cells.get(index) ?? []) {
      const code = p.plain ? undefined : writtenCellFormat(p.value);
      xml = patchCell(
        xml,
        p,
        parts.date1904,
        (current) => {
          if (code === undefined) return current;
          const key = `${current ?? 0}|${code}`;
          let xf = formatted.get(key);
          if (xf === undefined) {
            xf = styles.withNumFmt(current ?? 0, code);
            formatted.set(key, xf);
          }
          return xf;
        },
        damaged,
      );
    }
    put.set(sheet.part, Buffer.from(xml));
  }

  if (styles.changed) put.set(parts.stylesPart, Buffer.from(styles.toXml()));
  const setIfChanged = (name: string, xml: string): void => {
    if (xml !== text(name)) put.set(name, Buffer.from(xml));
  };
  setIfChanged(parts.workbookPart, workbookXml);
  setIfChanged(workbookRelsPart, workbookRels);
  setIfChanged('[Content_Types].xml', contentTypes);

  const out: ZipPart[] = [];
  for (const entry of zip.entries) {
    if (removed.has(entry.name)) continue;
    const data = put.get(entry.name);
    if (data) {
      out.push(newPart(entry.name, data));
      put.delete(entry.name);
    } else out.push({ kind: 'kept', from: zip, entry });
  }
  for (const [name, data] of put) out.push(newPart(name, data));
  return zipPieces(out, edits.stamp === undefined ? latestEntryTime(zip) : dosDateTime(edits.stamp));
}

function newPart(name: string, data: Buffer | PackedPart): ZipPart {
  return Buffer.isBuffer(data) ? { kind: 'new', name, data } : { kind: 'packed', name, part: data };
}

/**
 * The newest date and time among the package's own parts: new parts take it when no date is
 * given, so the same book with the same changes writes the same bytes.
 */
function latestEntryTime(zip: ZipPackage): { date: number; time: number } {
  let latest = { date: 0, time: 0 };
  for (const e of zip.entries) {
    const date = e.directoryRecord.readUInt16LE(14);
    const time = e.directoryRecord.readUInt16LE(12);
    if (date > latest.date || (date === latest.date && time > latest.time)) latest = { date, time };
  }
  return latest.date === 0 ? dosDateTime(undefined) : latest;
}
