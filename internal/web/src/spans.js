// Spans in the extraction record are UTF-8 byte offsets into the article
// text; JavaScript strings index UTF-16 code units. byteIndex converts.

// byteIndex returns a function from a byte offset of text (as UTF-8) to
// the index of the same place in the JavaScript string. An offset inside
// a character maps to that character's start; one past the end maps to
// text.length.
export function byteIndex(text) {
  let bytes = 0;
  for (const ch of text) bytes += utf8Len(ch.codePointAt(0));
  const map = new Uint32Array(bytes + 1);
  let b = 0;
  let i = 0;
  for (const ch of text) {
    const n = utf8Len(ch.codePointAt(0));
    for (let k = 0; k < n; k++) map[b + k] = i;
    b += n;
    i += ch.length;
  }
  map[b] = i;
  return (off) => map[Math.max(0, Math.min(off, bytes))];
}

function utf8Len(cp) {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

// segments cuts text into runs over which the same annotations are
// active. annots have start and end as string indexes. It returns
// [{start, end, active: [annotation indexes, innermost first]}].
export function segments(text, annots) {
  const cuts = new Set([0, text.length]);
  for (const a of annots) {
    if (a.end > a.start) {
      cuts.add(a.start);
      cuts.add(a.end);
    }
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const out = [];
  for (let j = 0; j + 1 < points.length; j++) {
    const start = points[j];
    const end = points[j + 1];
    const active = [];
    annots.forEach((a, k) => {
      if (a.start <= start && end <= a.end && a.end > a.start) active.push(k);
    });
    active.sort((x, y) => (annots[x].end - annots[x].start) - (annots[y].end - annots[y].start));
    out.push({ start, end, active });
  }
  return out;
}
