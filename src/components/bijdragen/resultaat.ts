/**
 * The result step (Resultaat.astro): the file, the ways to send it (copy, download, GitHub's new-file
 * page, e-mail) and the steps on GitHub for a story of any length. The text goes into GitHub's link only
 * when it fits, and only when the caller allows it; otherwise GitHub opens an empty file to paste into.
 */
import { nieuwBestandUrl } from '../../lib/bijdragen/github.ts';
import { $, $$ } from './dom.ts';

let downloadUrl: string | undefined;

export interface ResultaatOpties {
  /** False keeps the text out of GitHub's link even when it would fit (the privacy checks decide). */
  inLink?: boolean;
}

export function toonResultaat(doel: { repository: string; branch: string }, bestand: string, slug: string, mdx: string, opties: ResultaatOpties = {}) {
  const { url, metInhoud } = nieuwBestandUrl(doel.repository, doel.branch, bestand, mdx, opties.inLink === false ? 0 : undefined);
  $('#resultaat-bestand').textContent = bestand;
  for (const el of $$('[data-bestandsnaam]')) el.textContent = bestand;
  $('#resultaat-voorbeeld').textContent = mdx;
  for (const el of $$('#resultaat [data-met-inhoud]')) el.hidden = !metInhoud;
  for (const el of $$('#resultaat [data-zonder-inhoud]')) el.hidden = metInhoud;
  $('#resultaat-status').textContent = '';
  const github = $<HTMLAnchorElement>('#resultaat-github');
  github.dataset.href = url;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([mdx], { type: 'text/markdown;charset=utf-8' }));
  const download = $<HTMLAnchorElement>('#resultaat-download');
  download.dataset.href = downloadUrl;
  download.download = `${slug}.mdx`;
  const mail = $<HTMLAnchorElement>('#resultaat-mail');
  mail.href = `mailto:${mail.dataset.adres}?subject=${encodeURIComponent(`Verhaal voor de kennisbank: ${bestand.split('/').at(-1)}`)}`;
  zetKnoppen(true);
  $('#resultaat').hidden = false;
  $('#resultaat-titel').focus();
}

/**
 * Whether the file may leave the browser: the copy button, the download and the GitHub link, together.
 * The one place that switches them: toonResultaat makes them available, and a check that finds something
 * afterwards (personal data, unsafe text) makes them unavailable with one call, saying why in `reden`.
 */
export function zetKnoppen(beschikbaar: boolean, reden = '') {
  $<HTMLButtonElement>('#resultaat-kopieer').disabled = !beschikbaar;
  for (const link of [$<HTMLAnchorElement>('#resultaat-github'), $<HTMLAnchorElement>('#resultaat-download')]) {
    // A link without href is no link: it cannot be followed, focused or opened in another tab.
    if (beschikbaar && link.dataset.href) link.href = link.dataset.href;
    else link.removeAttribute('href');
    if (beschikbaar) link.removeAttribute('aria-disabled');
    else link.setAttribute('aria-disabled', 'true');
  }
  const melding = $('#resultaat-geblokkeerd');
  melding.textContent = reden;
  melding.hidden = beschikbaar || !reden;
}

/** A file made before a change is out of date: hidden, so it is made again rather than sent. */
export function verbergResultaat() {
  $('#resultaat').hidden = true;
}

/** The clipboard API, or else the old way through a selection (browsers without it, or without permission). */
async function kopieer(tekst: string, bron: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(tekst);
    return true;
  } catch {
    const selectie = getSelection();
    if (!selectie) return false;
    selectie.selectAllChildren(bron);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      selectie.removeAllRanges();
    }
  }
}

/** "Kopieer tekst": the whole file onto the clipboard, confirmed in words (also to a screen reader). */
export function koppelKopieerknop() {
  $('#resultaat-kopieer').addEventListener('click', async () => {
    const voorbeeld = $('#resultaat-voorbeeld');
    const tekst = voorbeeld.textContent ?? '';
    const status = $('#resultaat-status');
    // Emptied first, so the same confirmation is announced again after a second click.
    status.textContent = '';
    const gelukt = await kopieer(tekst, voorbeeld);
    status.textContent = gelukt
      ? `Gekopieerd: de hele tekst van je verhaal (${tekst.length.toLocaleString('nl-NL')} tekens) staat op je klembord. Plak hem op GitHub in het tekstvak, of in je e-mail.`
      : 'Kopiëren lukte niet. Selecteer de tekst in het voorbeeld onderaan, kopieer hem en plak hem op GitHub of in je e-mail. Of gebruik ‘Download het bestand’.';
  });
}
