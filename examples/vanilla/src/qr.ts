import { renderSVG } from 'uqr'
import { h } from './dom'

/** The otpauth URI as a QR code an authenticator app can scan. */
export function qrCode(text: string, label: string): HTMLElement {
  const figure = h('div', { class: 'qr', role: 'img', 'aria-label': label })
  // uqr builds the SVG from the URI's bits only: no markup of ours or the server's reaches innerHTML.
  figure.innerHTML = renderSVG(text, { border: 2, ecc: 'M' })
  return figure
}
