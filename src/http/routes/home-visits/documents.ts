import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { AuthorisationItem, RequestDetail } from '../../../app/home-visits/index.ts';
import { inLanguage, type Translated } from '../../../domain/shared/translated.ts';
import { formatDate, formatDateTime, keyPart, translator } from '../../../ui/i18n/index.ts';

// The documents of a home visit (seed 7.3) as PDF: the request's table for EZD, the City Secretary's printable
// authorisation and the letter telling the resident the date. pdfkit draws them with DejaVu Sans from the npm
// package `dejavu-fonts-ttf`, whose glyphs cover Polish (and Ukrainian) letters; nothing is fetched at runtime.
// Official documents are written in Polish, the office's language, whatever the page's language.

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const MARGIN = 56;

/** `created` is the document's own date, so one request always gives the same bytes (its EZD metadata names their digest). */
function newDocument(title: string, created: Date): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: title, Creator: 'Okienko', CreationDate: created },
    lang: 'pl-PL',
    displayTitle: true,
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('body').fontSize(10.5);
  return doc;
}

function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function pl(value: Translated | string): string {
  return typeof value === 'string' ? value : inLanguage(value, 'pl').value;
}

/** A two-column table row: the label on the left, the value wrapped on the right, lines between rows. */
function row(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const width = doc.page.width - 2 * MARGIN;
  const labelWidth = 170;
  const valueWidth = width - labelWidth - 12;
  const text = value.trim() === '' ? '—' : value;
  const height =
    Math.max(doc.font('bold').heightOfString(label, { width: labelWidth }), doc.font('body').heightOfString(text, { width: valueWidth })) +
    10;
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  doc.font('bold').text(label, MARGIN + 4, top + 5, { width: labelWidth - 4 });
  doc.font('body').text(text, MARGIN + labelWidth + 8, top + 5, { width: valueWidth });
  doc.rect(MARGIN, top, width, height).lineWidth(0.5).stroke('#555555');
  doc
    .moveTo(MARGIN + labelWidth, top)
    .lineTo(MARGIN + labelWidth, top + height)
    .stroke('#555555');
  doc.x = MARGIN;
  doc.y = top + height;
}

function heading(doc: PDFKit.PDFDocument, office: string, title: string, subtitle: string): void {
  doc.font('body').fontSize(9).fillColor('#333333').text(office, { align: 'left' });
  doc.moveDown(1.2);
  doc.font('bold').fontSize(15).fillColor('#000000').text(title, { align: 'center' });
  doc.font('body').fontSize(10.5).text(subtitle, { align: 'center' });
  doc.moveDown(1);
}

/** The annex's table as a document for EZD. */
export function requestPdf(r: RequestDetail): Promise<Buffer> {
  const t = translator('pl');
  const doc = newDocument(`Wniosek o wizytę domową nr ${r.id}`, r.takenAt);
  heading(
    doc,
    r.officeName,
    'Wniosek o przeprowadzenie czynności w miejscu pobytu mieszkańca',
    `nr ${r.id} z dnia ${formatDate('pl', r.takenAt.toISOString().slice(0, 10))} (standard obsługi 7.3)`,
  );
  const rows: [string, string][] = [
    [t('homeVisits.field.applicantName'), r.applicantName],
    [t('homeVisits.field.visitAddress'), r.visitAddress],
    [t('homeVisits.field.phone'), r.phone],
    [t('homeVisits.field.email'), r.email],
    [
      t('homeVisits.field.representative'),
      r.representativeName
        ? `${r.representativeName}${r.representativeKind ? ` (${t(`homeVisits.representative.${keyPart(r.representativeKind)}`)})` : ''}${r.representativePhone ? `, tel. ${r.representativePhone}` : ''}`
        : '',
    ],
    [t('homeVisits.field.matter'), pl(r.matter)],
    [t('homeVisits.field.unit'), pl(r.unit)],
    [t('homeVisits.field.reasonCategory'), t(`homeVisits.reason.${keyPart(r.reasonCategory)}`)],
    [
      t('homeVisits.field.preferred'),
      [
        r.preferredDays.map((d) => t(`homeVisits.weekday.${d}`)).join(', ') || t('homeVisits.anyDay'),
        t(`homeVisits.dayPart.${r.preferredTime}`),
        r.preferredNotes,
      ]
        .filter(Boolean)
        .join('; '),
    ],
    [t('homeVisits.field.accessNotes'), r.accessNotes],
    [t('homeVisits.field.confirmations'), `${t('homeVisits.field.consent')}\n${t('homeVisits.field.clauseGiven')}`],
    [t('homeVisits.field.channel'), t(`homeVisits.channel.${r.channel}`)],
    [t('homeVisits.field.takenAt'), `${formatDateTime('pl', r.takenAt)}, ${r.takenBy}`],
    [t('homeVisits.field.caseSign'), r.caseSign ?? ''],
  ];
  for (const [label, value] of rows) row(doc, label, value);
  doc.moveDown(2);
  doc
    .font('body')
    .fontSize(9)
    .text('Dokument wygenerowany w systemie Okienko do przekazania przez EZD kierownikowi właściwej komórki organizacyjnej.');
  return finish(doc);
}

/** The City Secretary's authorisation to act outside the office's seat, to print and sign. */
export function authorisationPdf(officeName: string, a: AuthorisationItem): Promise<Buffer> {
  const doc = newDocument(`Upoważnienie ${a.number ?? ''}`, a.decidedAt ?? a.requestedAt);
  heading(
    doc,
    officeName,
    `UPOWAŻNIENIE nr ${a.number ?? '—'}`,
    `z dnia ${a.decidedAt ? formatDate('pl', a.decidedAt.toISOString().slice(0, 10)) : '—'}`,
  );
  doc.font('body').fontSize(11.5);
  doc.text(`Na podstawie: ${a.legalBasis}`, { align: 'justify' });
  doc.moveDown(0.8);
  doc.text(`upoważniam ${a.employee}${a.unit ? `, pracownika komórki: ${pl(a.unit)},` : ''}`, { align: 'justify' });
  doc.moveDown(0.8);
  doc.text(`do dokonywania czynności urzędowych poza siedzibą Urzędu, w miejscu pobytu mieszkańców, w zakresie: ${a.scope}.`, {
    align: 'justify',
  });
  doc.moveDown(0.8);
  doc.text(
    `Upoważnienie jest ważne od ${formatDate('pl', a.validFrom)} do ${formatDate('pl', a.validUntil)} i podlega okazaniu mieszkańcowi na jego prośbę.`,
    {
      align: 'justify',
    },
  );
  doc.moveDown(4);
  const x = doc.page.width - MARGIN - 220;
  doc
    .moveTo(x, doc.y)
    .lineTo(x + 220, doc.y)
    .lineWidth(0.5)
    .stroke('#000000');
  doc.moveDown(0.3);
  doc.fontSize(9.5).text('Sekretarz Miasta (podpis)', x, doc.y, { width: 220, align: 'center' });
  doc.x = MARGIN;
  doc.moveDown(3);
  doc.fontSize(9).text(`Wpis w rejestrze upoważnień prowadzonym przez BNOiC: ${a.number ?? '—'}.`, MARGIN);
  return finish(doc);
}

/** The letter telling the resident (or their representative) the date of the visit. */
export function letterPdf(r: RequestDetail, today: string): Promise<Buffer> {
  const visit = r.visits.find((v) => v.status === 'scheduled');
  const doc = newDocument(`Zawiadomienie o terminie wizyty — wniosek nr ${r.id}`, new Date(`${today}T12:00:00Z`));
  doc.font('body').fontSize(10.5);
  doc.text(r.officeName);
  doc.text(`Znak sprawy: ${r.caseSign ?? '—'}`);
  doc.text(formatDate('pl', today), { align: 'right' });
  doc.moveDown(2);
  const addressee = r.representativeName ? `${r.applicantName}\nza pośrednictwem: ${r.representativeName}` : r.applicantName;
  doc.text(`${addressee}\n${r.visitAddress}`, doc.page.width / 2, doc.y, { width: doc.page.width / 2 - MARGIN });
  doc.x = MARGIN;
  doc.moveDown(2);
  doc.font('bold').fontSize(13).text('Zawiadomienie o terminie wizyty', MARGIN, doc.y, { align: 'center' });
  doc.moveDown(1);
  doc.font('body').fontSize(11.5);
  doc.text(
    `Uprzejmie informuję, że w odpowiedzi na wniosek nr ${r.id} w sprawie: ${pl(r.matter)} pracownik Urzędu, ${visit?.employee ?? r.assignee ?? '—'}, przyjdzie pod wskazany adres w dniu ${visit ? formatDate('pl', visit.visitOn) : '—'} o godzinie ${visit?.visitTime ?? '—'}.`,
    { align: 'justify' },
  );
  doc.moveDown(0.8);
  doc.text(
    `Pracownik okaże upoważnienie Sekretarza Miasta nr ${visit?.authorisationNumber ?? '—'} do działania poza siedzibą Urzędu oraz legitymację służbową. Prosimy przygotować dokument tożsamości i dokumenty potrzebne w sprawie.`,
    { align: 'justify' },
  );
  doc.moveDown(0.8);
  doc.text('Jeśli termin nie odpowiada, prosimy o telefon do Punktu Informacyjnego Urzędu — ustalimy inny.', { align: 'justify' });
  doc.moveDown(4);
  const x = doc.page.width - MARGIN - 220;
  doc
    .moveTo(x, doc.y)
    .lineTo(x + 220, doc.y)
    .lineWidth(0.5)
    .stroke('#000000');
  doc.moveDown(0.3);
  doc.fontSize(9.5).text(visit?.employee ?? r.assignee ?? '', x, doc.y, { width: 220, align: 'center' });
  return finish(doc);
}

/** The request's metadata for EZD, beside its PDF. */
export function requestMetadata(r: RequestDetail, pdfSha256: string) {
  return {
    document: 'wniosek-o-wizyte-domowa',
    standard: '7.3',
    office: r.officeName,
    requestId: r.id,
    takenAt: r.takenAt.toISOString(),
    channel: r.channel,
    unit: { code: r.unitCode, name: pl(r.unit) },
    matter: { serviceId: r.serviceId, text: pl(r.matter) },
    reasonCategory: r.reasonCategory,
    caseSign: r.caseSign,
    status: r.status,
    sender: { name: r.applicantName, address: r.visitAddress, phone: r.phone, email: r.email || null },
    representative: r.representativeName
      ? { name: r.representativeName, kind: r.representativeKind, phone: r.representativePhone || null }
      : null,
    file: { name: `wniosek-wizyta-domowa-${r.id}.pdf`, mediaType: 'application/pdf', sha256: pdfSha256 },
  };
}
