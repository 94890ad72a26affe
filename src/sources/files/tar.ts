/** The regular-file members of a ustar/GNU tar archive, in archive order. */
export function* tarMembers(data: Buffer): Iterable<{ name: string; body: Buffer }> {
  let at = 0;
  while (at + 512 <= data.length) {
    const header = data.subarray(at, at + 512);
    if (header.every((b) => b === 0)) return;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = Number.parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    at += 512;
    if (type === '0' || type === '\0') yield { name: prefix ? `${prefix}/${name}` : name, body: data.subarray(at, at + size) };
    at += Math.ceil(size / 512) * 512;
  }
}
