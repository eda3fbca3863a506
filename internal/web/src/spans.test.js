// node --test: the byte offset conversion and the segmentation.
import test from 'node:test';
import assert from 'node:assert/strict';
import { byteIndex, segments } from './spans.js';

// bytesOf returns the UTF-8 byte offset of s within text.
function bytesOf(text, s) {
  const i = text.indexOf(s);
  return Buffer.byteLength(text.slice(0, i), 'utf8');
}

test('byteIndex maps byte offsets to string indexes', () => {
  const text = '“Nobody gains,” said Zoë in São Paulo 🐟 today.';
  const at = byteIndex(text);
  for (const word of ['Nobody', 'said', 'Zoë', 'São Paulo', 'today']) {
    const b = bytesOf(text, word);
    const e = b + Buffer.byteLength(word, 'utf8');
    assert.equal(text.slice(at(b), at(e)), word, word);
  }
  assert.equal(at(0), 0);
  assert.equal(at(Buffer.byteLength(text, 'utf8')), text.length);
  assert.equal(at(1 << 30), text.length, 'past the end clamps');
});

test('byteIndex on ASCII is the identity', () => {
  const at = byteIndex('plain text');
  for (let i = 0; i <= 10; i++) assert.equal(at(i), i);
});

test('segments splits at every boundary, innermost first', () => {
  const text = 'Ana Costa said yes.';
  const annots = [
    { start: 0, end: 18 }, // a quote over most of it
    { start: 0, end: 9 }, // a name inside it
  ];
  const segs = segments(text, annots);
  assert.deepEqual(segs.map((s) => [text.slice(s.start, s.end), s.active]), [
    ['Ana Costa', [1, 0]],
    [' said yes', [0]],
    ['.', []],
  ]);
});

test('segments ignores empty annotations', () => {
  assert.deepEqual(segments('abc', [{ start: 1, end: 1 }]), [{ start: 0, end: 3, active: [] }]);
});
