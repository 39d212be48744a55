import {
  canonicalFacts,
  generateCode,
  generateKeyPair,
  keyIdOf,
  normaliseCode,
  parseQrPayload,
  qrPayloadUrl,
  signFacts,
  verifyFacts,
  type CertificateFacts,
} from '.';

const facts: CertificateFacts = {
  code: 'ABCDE-12345',
  awardType: 'GIAY_KHEN',
  recipientName: 'Nguyễn Thị Ánh Tuyết',
  position: 'Chủ tịch Hội Phụ nữ',
  unitName: 'Xã Noong Luống',
  achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2025',
  decisionNumber: '01/QĐ-UBND',
  decisionDate: '2025-12-20',
  issuerName: 'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
  bookNumber: 3,
  keyId: 'K1',
  issuedAt: '2025-12-20T03:00:00.000Z',
};

describe('certificate signatures', () => {
  const keys = generateKeyPair();

  it('verifies what it signed', () => {
    const signature = signFacts(facts, keys.privateKey);
    expect(verifyFacts(facts, signature, keys.publicKey)).toBe(true);
  });

  it('fails when one byte of the facts changes', () => {
    const signature = signFacts(facts, keys.privateKey);
    expect(verifyFacts({ ...facts, bookNumber: 4 }, signature, keys.publicKey)).toBe(false);
    expect(
      verifyFacts({ ...facts, recipientName: 'Nguyễn Thị Ánh Tuyêt' }, signature, keys.publicKey),
    ).toBe(false);
  });

  it('fails when one byte of the signature changes, or with another key', () => {
    const signature = signFacts(facts, keys.privateKey);
    const flipped = signature[5] === 'A' ? 'B' : 'A';
    const tampered = signature.slice(0, 5) + flipped + signature.slice(6);
    expect(verifyFacts(facts, tampered, keys.publicKey)).toBe(false);
    expect(verifyFacts(facts, signature, generateKeyPair().publicKey)).toBe(false);
    expect(verifyFacts(facts, 'not a signature', keys.publicKey)).toBe(false);
  });

  it('signs NFD text as its NFC form', () => {
    const nfd = { ...facts, recipientName: facts.recipientName.normalize('NFD') };
    expect(nfd.recipientName).not.toBe(facts.recipientName);
    expect(canonicalFacts(nfd)).toBe(canonicalFacts(facts));
    expect(canonicalFacts(nfd)).toContain('"recipientName":"Nguyễn Thị Ánh Tuyết"');
    expect(verifyFacts(nfd, signFacts(facts, keys.privateKey), keys.publicKey)).toBe(true);
  });

  it('writes RFC 8785 JSON: sorted keys, no spaces, extra keys left out', () => {
    const text = canonicalFacts({ ...facts, extra: 'x' } as CertificateFacts);
    const keysInOrder = Object.keys(JSON.parse(text) as object);
    expect(keysInOrder).toEqual([...keysInOrder].sort());
    expect(text).not.toContain('extra');
    expect(text.startsWith('{"achievement":')).toBe(true);
  });

  it('names a key by 8 characters of its hash', () => {
    expect(keyIdOf(keys.publicKey)).toMatch(/^[0-9A-Z]{8}$/);
    expect(keyIdOf(keys.publicKey)).toBe(keyIdOf(keys.publicKey));
  });
});

describe('QR payload', () => {
  it('round-trips through the URL fragment', () => {
    const keys = generateKeyPair();
    const signature = signFacts(facts, keys.privateKey);
    const url = qrPayloadUrl('https://vinhdanh.example/', facts.code, facts, 'K1', signature);
    expect(url.startsWith('https://vinhdanh.example/xac-minh/ABCDE-12345#')).toBe(true);
    const parsed = parseQrPayload(new URL(url).hash);
    expect(parsed).toEqual({ facts, keyId: 'K1', signature });
    expect(verifyFacts(parsed!.facts, parsed!.signature, keys.publicKey)).toBe(true);
    // Short enough for a QR code a phone reads off paper: no field names, no double encoding.
    expect(url.length).toBeLessThan(600);
  });

  it('refuses what is not a payload', () => {
    expect(parseQrPayload('')).toBeNull();
    expect(parseQrPayload('#!!!')).toBeNull();
    expect(parseQrPayload(btoa('{"facts":{}}'))).toBeNull();
    expect(parseQrPayload(`${btoa('[1]')}.abc`)).toBeNull();
    expect(parseQrPayload('e30.abc.def')).toBeNull();
  });
});

describe('verification codes', () => {
  it('generates short unambiguous codes', () => {
    const codes = new Set(Array.from({ length: 200 }, generateCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(normaliseCode(code)).toBe(code);
    }
  });

  it('forgives case, spaces, dashes and the letters that look like digits', () => {
    expect(normaliseCode('abcde 12345')).toBe('ABCDE-12345');
    expect(normaliseCode(' abcde-12345 ')).toBe('ABCDE-12345');
    expect(normaliseCode('ABCDE12345')).toBe('ABCDE-12345');
    expect(normaliseCode('oilAB-CDEFG')).toBe('011AB-CDEFG');
    expect(normaliseCode('O1LIo-00000')).toBe('01110-00000');
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseCode('ABCD')).toBeNull();
    expect(normaliseCode('ABCDE-123456')).toBeNull();
    expect(normaliseCode('ABCDE-1234U')).toBeNull();
    expect(normaliseCode('ẤBCDE-12345')).toBeNull();
  });
});
