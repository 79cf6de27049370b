import { describe, expect, it } from 'vitest';
import { sheetToCsv } from '../../functions/export/csv.js';
import { DEMO_EXPORT_LABEL, labelledSheets, type Sheet } from '../../functions/export/sheet.js';
import { parseCsv } from '../support/csv.js';

const sheet: Sheet = {
  name: 'Actions',
  columns: [
    { header: 'Reference', kind: 'text', width: 10 },
    { header: 'Deadline', kind: 'date', width: 12 },
  ],
  rows: [
    ['2.1-01', '2013-12-31'],
    ['2.1-02', null],
  ],
};

describe('the demo year label on exports (issue 13)', () => {
  it('puts the label in a first column of every row, in the reader language, and keeps the other columns in order', async () => {
    const [labelled] = labelledSheets([sheet], DEMO_EXPORT_LABEL.fr);
    expect(parseCsv((await sheetToCsv(labelled!)).slice(1))).toEqual([
      ['Données de démonstration', 'Reference', 'Deadline'],
      ['Données de démonstration, pas le registre réel', '2.1-01', '2013-12-31'],
      ['Données de démonstration, pas le registre réel', '2.1-02', ''],
    ]);
  });

  it('leaves the sheets as they were when not applied', async () => {
    expect(parseCsv((await sheetToCsv(sheet)).slice(1))[0]).toEqual(['Reference', 'Deadline']);
  });
});
