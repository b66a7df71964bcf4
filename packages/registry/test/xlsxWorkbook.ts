/**
 * A workbook written the way a clerk's Excel writes one, part by part, by hand after ECMA-376 (Office Open
 * XML, Part 1, SpreadsheetML), not with any of our writers: shared strings (one with rich-text runs, one
 * with a phonetic run, one with an `_x000D_` escape), styles with the built-in short date (14) and a custom
 * `dd/mm/yyyy` format, a hidden first sheet, Arabic headers on a right-to-left sheet, an empty styled row, a
 * gap in the row numbers and in the cell references, a formula cell with its cached value, a formula that
 * failed (`#N/A`), a boolean, a date with a time, a phone Excel turned into a number (its leading 0 dropped)
 * and a RIB it turned into `1.17E+23`. Zipped with fflate, in the order Excel writes the parts (worksheets
 * before styles and shared strings).
 */
import { strToU8, Zip, ZipDeflate, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MC =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"';

/** The shared strings, by index (the cells below refer to them). */
export const SHARED = [
  "الاسم", // 0
  "الشكل القانوني", // 1
  "الهاتف", // 2
  "تاريخ التأسيس", // 3
  "رقم الحساب البنكي", // 4
  "ملاحظات", // 5 (written as two rich-text runs)
  "جمعية الأمل للتنمية", // 6
  "جمعية", // 7
  "مقر مؤقت\r\nقرب المسجد", // 8 (CR written as _x000D_)
  "Association", // 9
  "0522123456", // 10
  "Coopérative Tifaouine", // 11
  "جمعية الوفاء", // 12
  "Formes", // 13
  "Coopérative", // 14
  "Arts & Culture", // 15 (an entity)
] as const;

function sharedStringsXml(): string {
  const si = (text: string) => `<si><t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ""}>${text}</t></si>`;
  const items = [
    si(SHARED[0]),
    si(SHARED[1]),
    si(SHARED[2]),
    // A phonetic run (rPh) is not part of the text.
    `<si><t>${SHARED[3]}</t><rPh sb="0" eb="1"><t>x</t></rPh><phoneticPr fontId="1"/></si>`,
    si(SHARED[4]),
    '<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>ملا</t></r><r><rPr><sz val="11"/><rFont val="Calibri"/></rPr><t>حظات</t></r></si>',
    si(SHARED[6]),
    si(SHARED[7]),
    '<si><t xml:space="preserve">مقر مؤقت_x000D_\nقرب المسجد</t></si>',
    si(SHARED[9]),
    si(SHARED[10]),
    si(SHARED[11]),
    si(SHARED[12]),
    si(SHARED[13]),
    si(SHARED[14]),
    "<si><t>Arts &amp; Culture</t></si>",
  ];
  return `${HEAD}<sst xmlns="${MAIN}" count="22" uniqueCount="${items.length}">${items.join("")}</sst>`;
}

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}" ${MC}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;dh&quot;"/></numFmts><fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

function sheetXml(dimension: string, rtl: boolean, rows: string, tail = ""): string {
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" ${MC} xr:uid="{00000000-0001-0000-0000-000000000000}"><dimension ref="${dimension}"/><sheetViews><sheetView ${rtl ? 'rightToLeft="1" ' : ""}tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="28.7109375" customWidth="1"/><col min="5" max="5" width="26" style="3" customWidth="1"/></cols><sheetData>${rows}</sheetData>${tail}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** The sheet of associations: what each row holds is said in the module's comment and the tests. */
export const ASSOCIATIONS_ROWS = [
  // 1: the headers, bold (s=4), from shared strings.
  '<row r="1" spans="1:6" s="4" customFormat="1" x14ac:dyDescent="0.25"><c r="A1" s="4" t="s"><v>0</v></c><c r="B1" s="4" t="s"><v>1</v></c><c r="C1" s="4" t="s"><v>2</v></c><c r="D1" s="4" t="s"><v>3</v></c><c r="E1" s="4" t="s"><v>4</v></c><c r="F1" s="4" t="s"><v>5</v></c></row>',
  // 2: a phone turned into a number (661234567), the built-in short date (42075 = 2015-03-12), a RIB kept as
  // text (format @) in an inline string, a remark with a carriage return.
  '<row r="2" spans="1:6" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>6</v></c><c r="B2" t="s"><v>7</v></c><c r="C2"><v>661234567</v></c><c r="D2" s="1"><v>42075</v></c><c r="E2" s="3" t="inlineStr"><is><t>011519000001205000534921</t></is></c><c r="F2" t="s"><v>8</v></c></row>',
  // 3: empty, only styled cells.
  '<row r="3" spans="1:6" x14ac:dyDescent="0.25"><c r="A3" s="3"/><c r="D3" s="1"/></row>',
  // (row 4 is not written: nothing was ever typed there.)
  // 5: a formula with its cached value, a phone as text, the custom date format (40299 = 2010-05-01), a RIB
  // Excel stored as a number.
  '<row r="5" spans="1:6" x14ac:dyDescent="0.25"><c r="A5" t="str"><f>CONCATENATE("Association ","Nour")</f><v>Association Nour</v></c><c r="B5" t="s"><v>9</v></c><c r="C5" t="s"><v>10</v></c><c r="D5" s="2"><v>40299</v></c><c r="E5"><v>1.17E+23</v></c></row>',
  // 6: gaps in the references (no B, C, E), a date with a time (41000.5 = 2012-04-01 12:00), a boolean.
  '<row r="6" spans="1:6" x14ac:dyDescent="0.25"><c r="A6" t="s"><v>11</v></c><c r="D6" s="1"><v>41000.5</v></c><c r="F6" t="b"><v>1</v></c></row>',
  // 7: a formula that failed (#N/A) in the phone column, an amount with a currency format in the remarks.
  '<row r="7" spans="1:6" x14ac:dyDescent="0.25"><c r="A7" t="s"><v>12</v></c><c r="B7" t="s"><v>7</v></c><c r="C7" t="e"><f>VLOOKUP(A7,Listes!A:B,2,FALSE)</f><v>#N/A</v></c><c r="F7" s="5"><v>1500.5</v></c></row>',
  // 8: a shared string with an entity, and a cell far to the right of the last header (ignored).
  '<row r="8" spans="1:9" x14ac:dyDescent="0.25"><c r="A8" t="s"><v>15</v></c><c r="B8" t="s"><v>9</v></c><c r="I8" t="s"><v>9</v></c></row>',
];

/** The parts of the clerk's workbook, in the order Excel writes them. */
export function clerkWorkbookParts(options: { readonly date1904?: boolean } = {}): [string, string][] {
  return [
    [
      "[Content_Types].xml",
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}" ${MC}><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr${options.date1904 === true ? ' date1904="1"' : ""} defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1"/></bookViews><sheets><sheet name="Listes" sheetId="3" state="hidden" r:id="rId1"/><sheet name="الجمعيات" sheetId="1" r:id="rId2"/><sheet name="Notes" sheetId="2" r:id="rId3"/></sheets><definedNames><definedName name="Formes">Listes!$A$1:$A$2</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>`,
    ],
    [
      "xl/worksheets/sheet1.xml",
      sheetXml(
        "A1:A2",
        false,
        '<row r="1"><c r="A1" t="s"><v>9</v></c></row><row r="2"><c r="A2" t="s"><v>14</v></c></row>',
      ),
    ],
    [
      "xl/worksheets/sheet2.xml",
      sheetXml(
        "A1:I8",
        true,
        ASSOCIATIONS_ROWS.join(""),
        '<mergeCells count="1"><mergeCell ref="F1:G1"/></mergeCells>',
      ),
    ],
    ["xl/worksheets/sheet3.xml", sheetXml("A1", false, '<row r="1"><c r="A1" t="s"><v>13</v></c></row>')],
    [
      "xl/theme/theme1.xml",
      `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1></a:clrScheme></a:themeElements></a:theme>`,
    ],
    ["xl/styles.xml", STYLES],
    ["xl/sharedStrings.xml", sharedStringsXml()],
    [
      "docProps/core.xml",
      `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Bureau des associations</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-11-04T09:12:00Z</dcterms:created></cp:coreProperties>`,
    ],
    [
      "docProps/app.xml",
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    ],
  ];
}

/**
 * Zip parts: `sync` with sizes in the local headers (as Excel writes), `stream` with fflate's streaming `Zip`,
 * whose entries carry their sizes in a data descriptor after the data (as streaming writers do).
 */
export function zipParts(
  parts: readonly [string, string | Uint8Array][],
  mode: "sync" | "stream" = "sync",
): Uint8Array {
  const bytes = (v: string | Uint8Array) => (typeof v === "string" ? strToU8(v) : v);
  if (mode === "sync") {
    const files: Record<string, Uint8Array> = {};
    for (const [name, xml] of parts) files[name] = bytes(xml);
    return zipSync(files, { level: 6 });
  }
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  for (const [name, xml] of parts) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes(xml), true);
  }
  zip.end();
  const total = out.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of out) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** The clerk's workbook, zipped. */
export function clerkWorkbook(
  options: { readonly date1904?: boolean; readonly mode?: "sync" | "stream" } = {},
): Uint8Array {
  return zipParts(clerkWorkbookParts(options), options.mode ?? "sync");
}

/** A small OLE2 compound file (MS-CFB, version 3) whose directory names the given streams, all empty. */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift: 512
  view.setUint16(0x20, 6, true); // mini sector shift: 64
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // the directory starts at sector 1
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x40, 0, true);
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sector
  view.setUint32(0x48, 0, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // Sector 0: the FAT (sector 0 is a FAT sector, sector 1 the directory's only sector).
  const fat = sector;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  // Sector 1: the directory, four entries of 128 bytes: the root, then the streams as a chain of right siblings.
  const dir = sector * 2;
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = dir + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, 0xffffffff, true); // left sibling
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, type === 5 ? 0xfffffffe : 0, true); // start sector
  };
  entry(0, "Root Entry", 5, streams.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  streams.forEach((name, i) => {
    entry(i + 1, name, 2, 0xffffffff, i + 1 < streams.length ? i + 2 : 0xffffffff);
  });
  return out;
}
