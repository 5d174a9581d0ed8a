import { expect } from 'chai';
import { ReadError } from './decode.ts';
import { openFileSession } from './file-session.ts';

const csv = (text: string) => new Blob([text], { type: 'text/csv' });

for (const preferWorker of [true, false]) {
  describe(`import file session (${preferWorker ? 'worker' : 'page'})`, () => {
    it('reads, maps and checks rows', async () => {
      const session = await openFileSession(preferWorker);
      expect(session.inWorker).to.equal(preferWorker);
      const summary = await session.read(
        csv('Titel;Bedrag;Klant\r\nFiets;12,50;Jan\r\n;0;Piet\r\n'),
        {},
        () => {},
      );
      expect(summary.delimiter).to.equal(';');
      expect(summary.mapping).to.deep.equal(['title', 'amount', 'customer.name']);
      expect([summary.rows, summary.valid, summary.invalid]).to.deep.equal([2, 1, 1]);
      expect(summary.firstProblems[0]!.row).to.equal(3);
      const chunk = await session.chunk(0, 500);
      expect(chunk.rows).to.deep.equal([2]);
      expect(chunk.csv).to.contain('12.50,,Fiets');
      session.close();
    });

    it('refuses a workbook', async () => {
      const session = await openFileSession(preferWorker);
      const error = await session
        .read(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])]), {}, () => {})
        .catch((e) => e);
      expect(error).to.be.instanceOf(ReadError);
      expect((error as ReadError).failure).to.equal('spreadsheet');
      session.close();
    });
  });
}
