/**
 * Reads width and height from the first bytes of a PNG or JPEG file, as WB does when it checks
 * the 700×900 minimum, without decoding the image.
 */
export interface ImageSize {
  format: "png" | "jpeg";
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// Start-of-frame markers that carry the frame size (baseline, progressive, lossless, …); not DHT/JPG/DAC.
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

export function readImageSize(data: Uint8Array): ImageSize | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length >= 24 && PNG_SIGNATURE.every((byte, i) => buf[i] === byte) && buf.toString("ascii", 12, 16) === "IHDR") {
    return { format: "png", width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  }
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xd8) return readJpegSize(buf);
  return null;
}

function readJpegSize(buf: Buffer): ImageSize | null {
  let offset = 2;
  while (offset + 4 <= buf.length) {
    if (buf[offset] !== 0xff) return null;
    const marker = buf[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length field
      continue;
    }
    const length = buf.readUInt16BE(offset + 2);
    if (JPEG_SOF.has(marker)) {
      if (offset + 9 > buf.length) return null;
      return { format: "jpeg", height: buf.readUInt16BE(offset + 5), width: buf.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}
