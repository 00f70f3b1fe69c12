import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readImageSize } from "./image-size";
import { parseImagePath, renderImage } from "./images";
import { encodePng } from "./png";

describe("PNG encoder and image header reader", () => {
  it("encodes a gradient PNG whose header and pixels are right", () => {
    const png = encodePng(3, 2, [0, 0, 0], [255, 128, 0]);
    expect(readImageSize(png)).toEqual({ format: "png", width: 3, height: 2 });
    const idatStart = png.indexOf("IDAT") + 4;
    const idatLength = png.readUInt32BE(idatStart - 8);
    const raw = inflateSync(png.subarray(idatStart, idatStart + idatLength));
    expect([...raw.subarray(0, 4)]).toEqual([0, 0, 0, 0]); // filter byte, first pixel black
    expect([...raw.subarray(11, 14)]).toEqual([255, 128, 0]); // row 2 (after 1 + 3×3 bytes) is the bottom colour
  });

  it("reads the size of a JPEG from its SOF0 marker", () => {
    const app0 = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
    const sof0 = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x03, 0x84, 0x02, 0xbc, 0x01, 0x11];
    const jpeg = Buffer.from([0xff, 0xd8, ...app0, ...sof0]);
    expect(readImageSize(jpeg)).toEqual({ format: "jpeg", width: 700, height: 900 });
  });

  it("returns null for something that is not an image", () => {
    expect(readImageSize(Buffer.from("<html>not a picture</html>"))).toBeNull();
  });

  it("renders product photos from their path at the stated size", () => {
    const png = renderImage("/images/700x900/ff0000-0000ff/p-1.png");
    expect(png && readImageSize(png)).toEqual({ format: "png", width: 700, height: 900 });
    expect(parseImagePath("/images/0x900/ff0000-0000ff/p.png")).toBeNull();
    expect(renderImage("/images/../etc/passwd")).toBeNull();
  });
});
