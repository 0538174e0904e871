/**
 * The result (Resultaat.astro): the file, its link to GitHub's new-file page and its download. A story too
 * long for a link goes to the clipboard, and GitHub opens an empty file to paste it into.
 */
import { nieuwBestandUrl } from '../../lib/bijdragen/github.ts';
import { $ } from './dom.ts';

let downloadUrl: string | undefined;

export function toonResultaat(doel: { repository: string; branch: string }, bestand: string, slug: string, mdx: string) {
  const { url, metInhoud } = nieuwBestandUrl(doel.repository, doel.branch, bestand, mdx);
  $('#resultaat-bestand').textContent = bestand;
  $('#resultaat-voorbeeld').textContent = mdx;
  const github = $<HTMLAnchorElement>('#resultaat-github');
  github.href = url;
  github.dataset.metInhoud = String(metInhoud);
  $('#resultaat-te-lang').hidden = metInhoud;
  $('#resultaat-uitleg').hidden = !metInhoud;
  $('#resultaat-status').textContent = '';
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([mdx], { type: 'text/markdown;charset=utf-8' }));
  const download = $<HTMLAnchorElement>('#resultaat-download');
  download.href = downloadUrl;
  download.download = `${slug}.mdx`;
  $('#resultaat').hidden = false;
  $('#resultaat-titel').focus();
}

/** A file made before a change is out of date: hidden, so it is made again rather than sent. */
export function verbergResultaat() {
  $('#resultaat').hidden = true;
}

async function kopieer(tekst: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(tekst);
    return true;
  } catch {
    return false;
  }
}

/** When the link carries no content, clicking it copies the file; GitHub opens in a new tab meanwhile. */
export function koppelGithubLink() {
  $('#resultaat-github').addEventListener('click', async (e) => {
    const link = e.currentTarget as HTMLAnchorElement;
    if (link.dataset.metInhoud !== 'false') return;
    const gelukt = await kopieer($('#resultaat-voorbeeld').textContent ?? '');
    $('#resultaat-status').textContent = gelukt
      ? 'De tekst staat op je klembord. Plak hem op GitHub in het lege bestand.'
      : 'Kopiëren lukte niet. Selecteer de tekst in het voorbeeld hieronder, kopieer hem en plak hem op GitHub.';
  });
}
