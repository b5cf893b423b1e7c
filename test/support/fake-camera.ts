/**
 * A fake camera for browser specs: Chromium plays a Y4M file as the webcam (`fakeCameraArgs`), here a
 * still picture of a QR code, so a page's in-page scanner reads it as a phone held up to a code would.
 * Chromium opens the file when a page starts the camera, so a spec may write it after the launch.
 */
import { writeFile } from 'node:fs/promises';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
/** Pixels per QR module and the quiet zone around the code, in modules. */
const MODULE_PIXELS = 8;
const QUIET_MODULES = 4;

export const fakeCameraArgs = (videoPath: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${videoPath}`,
];

/** Writes a Y4M (4:2:0) video of one frame: `text` as a black-on-white QR code in the middle. */
export async function writeQrVideo(videoPath: string, text: string): Promise<void> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  const side = (modules.size + 2 * QUIET_MODULES) * MODULE_PIXELS;
  if (side > HEIGHT) throw new RangeError(`QR code of ${text.length} characters too large for the frame`);
  const left = (WIDTH - side) / 2 + QUIET_MODULES * MODULE_PIXELS;
  const top = (HEIGHT - side) / 2 + QUIET_MODULES * MODULE_PIXELS;
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < MODULE_PIXELS; y++) {
        const start = (top + row * MODULE_PIXELS + y) * WIDTH + left + col * MODULE_PIXELS;
        luma.fill(0, start, start + MODULE_PIXELS);
      }
    }
  // Grey has neutral chroma: both 4:2:0 planes at 128.
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\nFRAME\n`, 'ascii');
  await writeFile(videoPath, Buffer.concat([header, luma, chroma]));
}
