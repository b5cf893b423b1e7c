import { Alert, Button, Space } from 'antd';
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import decoderUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

// The decoder (ZXing as WebAssembly) comes from our own origin: by default it is fetched from a CDN,
// which the Content-Security-Policy forbids and a venue's network may not reach.
prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? decoderUrl : prefix + path),
  },
});

/** How often a frame is read: fast enough to feel instant, light enough for an old phone. */
const FRAME_EVERY_MS = 250;
/** A code held in front of the camera is taken once, again only after this pause. */
const SAME_CODE_PAUSE_MS = 4_000;

/**
 * The phone's camera reading QR codes in the page, one after another, so a steward at the door scans
 * each participant without leaving the page (the phone's own camera app would open a new tab each
 * time). Each code read is handed to `onScan` once; the camera stops when the scanner is closed.
 */
export function QrScanner({ onScan }: { onScan: (text: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const latestOnScan = useRef(onScan);
  latestOnScan.current = onScan;
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!on) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stream: MediaStream | undefined;
    let last = { text: '', at: 0 };
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    const readFrame = async () => {
      if (stopped || !video.current) return;
      const codes = await detector.detect(video.current).catch(() => []);
      const text = codes[0]?.rawValue;
      if (text && !stopped && (text !== last.text || Date.now() - last.at > SAME_CODE_PAUSE_MS)) {
        last = { text, at: Date.now() };
        latestOnScan.current(text);
      }
      timer = setTimeout(() => void readFrame(), FRAME_EVERY_MS);
    };
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      } catch {
        setFailed(true);
        setOn(false);
        return;
      }
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play();
      void readFrame();
    };
    setFailed(false);
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="qr-scanner">
      <Button block size="large" type={on ? 'default' : 'primary'} onClick={() => setOn(!on)}>
        {t(on ? 'events.checkInPage.stopCamera' : 'events.checkInPage.startCamera')}
      </Button>
      {failed && <Alert type="warning" showIcon message={t('events.checkInPage.cameraUnavailable')} />}
      <video ref={video} muted playsInline hidden={!on} style={{ width: '100%', borderRadius: 8 }} />
    </Space>
  );
}
