// QR code of a URL as inline SVG (crisp on screen and paper), labelled for screen readers; the encoder loads lazily.
import { useEffect, useState } from "preact/hooks";

export function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const [svg, setSvg] = useState("");
  useEffect(() => {
    let live = true;
    import("qrcode")
      .then((QRCode) => QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1, width: size }))
      .then(
        (s) => live && setSvg(s),
        () => live && setSvg(""),
      );
    return () => {
      live = false;
    };
  }, [text, size]);
  return <div class="qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
