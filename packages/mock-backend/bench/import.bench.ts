/**
 * CSV import benchmark: a 100 000-row file the way a Belgian merchant's Excel writes it (`;`, Dutch
 * headers, decimal commas, CRLF, a BOM, ~1% broken rows). The whole import has a 3 s budget, so the
 * parse + convert step alone has to stay well under a second.
 * @module
 */
import { pathToFileURL } from 'node:url';
import { parseImportCsv } from '../src/engine/csv-import.ts';
import { createEngine } from '../src/engine/index.ts';

const ROWS = 100_000;
const BUDGET_MS = 3_000;

const FIRST_NAMES = ['Lotte', 'Jan', 'Sofie', 'Pieter', 'Marie', 'Luc', 'Emma', 'Daan', 'Élodie', 'Lukas'];
const LAST_NAMES = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Dubois', 'Lambert', 'de Vries', 'Müller'];
const TITLES = ['Factuur', 'Huur', 'Lidgeld', 'Herinnering factuur', 'Bestelling'];
const METHODS = ['bancontact|ideal', 'bancontact', 'card ideal', ''];

/** A realistic import file; every 100th row has one or more mistakes the import must report. */
export function generateImportCsv(rows = ROWS): string {
  const expiry = new Date(Date.now() + 30 * 86_400_000);
  const expiryText = `${String(expiry.getUTCDate()).padStart(2, '0')}/${String(expiry.getUTCMonth() + 1).padStart(2, '0')}/${expiry.getUTCFullYear()}`;
  const lines = [
    'Bedrag;Munt;Omschrijving;Bericht;Referentie;Klant;E-mail;GSM;Taal;Betaalmethoden;Vervaldatum',
  ];
  for (let i = 0; i < rows; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
    const cents = 500 + ((i * 7919) % 250_000);
    let amount = `${Math.floor(cents / 100).toLocaleString('nl-BE')},${String(cents % 100).padStart(2, '0')}`;
    let title = `${TITLES[i % TITLES.length]} ${2026_00000 + i}`;
    let email = `${first}.${last}.${i}@example.be`.toLowerCase().replaceAll(' ', '');
    let date = expiryText;
    if (i % 100 === 42) {
      // Broken rows: a few kinds, sometimes several mistakes in one row.
      if (i % 300 === 42) amount = '-12,50';
      else if (i % 300 === 142) amount = 'twaalf';
      else {
        title = '';
        email = 'geen-adres';
        date = '31/02/2026';
      }
    }
    const message = i % 10 === 0 ? '"Beste klant,\r\nGelieve te betalen; dank u."' : '';
    const mobile = i % 3 === 0 ? `+3247${String(i).padStart(7, '0')}` : '';
    lines.push(
      [
        amount,
        i % 50 === 0 ? 'eur' : 'EUR',
        title,
        message,
        `REF-${i}`,
        `${first} ${last}`,
        email,
        mobile,
        i % 2 === 0 ? 'nl' : 'FR',
        METHODS[i % METHODS.length],
        date,
      ].join(';'),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

interface ImportSummary {
  created: number;
  invalid: number;
}

function time<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

/** Times parsing alone and the engine's whole import, and prints both in milliseconds. */
export async function run(): Promise<void> {
  const csv = generateImportCsv();
  console.log(`import bench: ${ROWS} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MiB`);

  // The budgeted figure first, on a clean heap: the whole import (parse, validate, create) into a
  // fresh engine, three times, median reported.
  const runs: number[] = [];
  let summary: ImportSummary | undefined;
  for (let i = 0; i < 3; i++) {
    const engine = createEngine({ seed: 1 });
    const full = time(() => engine.importCsv(csv) as ImportSummary);
    runs.push(full.ms);
    summary = full.result;
  }
  const median = runs.sort((x, y) => x - y)[1]!;
  const verdict = median <= BUDGET_MS ? 'within' : 'OVER';
  console.log(
    `  engine.importCsv: median ${median.toFixed(0)} ms of ${runs.map((ms) => ms.toFixed(0)).join(', ')} (${verdict} the ${BUDGET_MS} ms budget); created ${summary?.created}, invalid ${summary?.invalid}`,
  );

  const parse = time(() => parseImportCsv(csv).length);
  console.log(`  of which parsing and converting alone: ${parse.ms.toFixed(0)} ms (${parse.result} rows)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
