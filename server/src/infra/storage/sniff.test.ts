import { sniffType } from './sniff';

describe('sniffType', () => {
  it('recognises PDF, PNG and JPEG by their bytes whatever the name says', () => {
    expect(sniffType(Buffer.from('%PDF-1.7\n'), 'bao-cao.png')).toBe('application/pdf');
    expect(sniffType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x')).toBe(
      'image/png',
    );
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'anh.jpg')).toBe('image/jpeg');
  });

  it('takes a ZIP as an Office document only with an Office extension', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);
    expect(sniffType(zip, 'Bao cao.DOCX')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffType(zip, 'archive.zip')).toBeNull();
  });

  it('refuses what it does not know: scripts, executables, plain text', () => {
    expect(sniffType(Buffer.from('#!/bin/sh\nrm -rf /'), 'run.pdf')).toBeNull();
    expect(sniffType(Buffer.from([0x4d, 0x5a, 0x90, 0]), 'setup.exe')).toBeNull();
    expect(sniffType(Buffer.from('hello'), 'notes.txt')).toBeNull();
  });
});
