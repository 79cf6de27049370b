/**
 * A strict RFC 4180 reader, written apart from the exports so that their writer is checked against the RFC rather than
 * against itself: records end in CRLF, a field is either bare (no quote, comma, CR or LF) or
 * quoted with inner quotes doubled.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let position = 0;
  while (position < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[position] === '"') {
        position += 1;
        for (;;) {
          const quote = text.indexOf('"', position);
          if (quote < 0) throw new Error('unterminated quoted field');
          field += text.slice(position, quote);
          if (text[quote + 1] === '"') {
            field += '"';
            position = quote + 2;
          } else {
            position = quote + 1;
            break;
          }
        }
      } else {
        const end = text.slice(position).search(/[,\r\n"]/);
        field = end < 0 ? text.slice(position) : text.slice(position, position + end);
        position += field.length;
        if (text[position] === '"') throw new Error(`a quote inside a bare field at ${position}`);
      }
      record.push(field);
      if (text[position] === ',') {
        position += 1;
        continue;
      }
      if (text.startsWith('\r\n', position)) {
        position += 2;
        break;
      }
      throw new Error(`expected a comma or CRLF at ${position}, found ${JSON.stringify(text[position])}`);
    }
    records.push(record);
  }
  return records;
}
