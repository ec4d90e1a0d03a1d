import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, writeZip } from '../../../src/studio/zip';

const files = {
  'story.json': '{"name":"story"}\n',
  'notes-ü.txt': 'Zürich → Lyon, 600 km\n'.repeat(50),
  'empty.txt': '',
};
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('zip', () => {
  it('computes the CRC-32 of the standard check string', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('reads back what it writes, file by file', async () => {
    const back = await readZip(writeZip(files, 'my-story'));
    expect(Object.keys(back).sort()).toEqual(Object.keys(files).sort());
    for (const [name, body] of Object.entries(files)) expect(text(back[name])).toBe(body);
  });

  it('writes an archive Info-ZIP tests clean and unpacks into the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    writeFileSync(join(dir, 'a.zip'), writeZip(files, 'my-story'));
    const t = spawnSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' });
    if (t.error) return; // no unzip on this machine: the round trip above still holds
    expect(t.status, t.stdout).toBe(0);
    spawnSync('unzip', ['-q', join(dir, 'a.zip'), '-d', dir]);
    expect(readFileSync(join(dir, 'my-story', 'story.json'), 'utf8')).toBe(files['story.json']);
  });

  it('reads a deflated entry, as other tools write them', async () => {
    const body = new TextEncoder().encode('deflated text '.repeat(40));
    const packed = deflateRawSync(body);
    const zip = writeZip({ 'x.txt': 'placeholder' }, 'f');
    // Rewrite the one entry as deflated: method 8, its sizes, its data.
    const name = new TextEncoder().encode('f/x.txt');
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, crc32(body), true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, body.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, body.length, true);
    cv.setUint16(28, name.length, true);
    central.set(name, 46);
    const end = zip.slice(zip.length - 22);
    const ev = new DataView(end.buffer);
    ev.setUint32(12, central.length, true);
    ev.setUint32(16, local.length + packed.length, true);
    const all = new Uint8Array([...local, ...packed, ...central, ...end]);
    expect(text((await readZip(all))['x.txt'])).toBe('deflated text '.repeat(40));
  });

  it('names what is not a zip in one line', async () => {
    await expect(readZip(new TextEncoder().encode('hello'), 'notes.txt')).rejects.toThrow(
      'notes.txt is not a zip archive (no central directory)',
    );
  });
});
