/**
 * Errors as in the GOV.UK / NL Design System pattern: a message next to each field (with aria-invalid and
 * aria-describedby) and a summary at the top (Foutsamenvatting.astro) that links to every field.
 */
import type { FormulierFout } from '../../lib/bijdragen/formulier.ts';
import { $, $$, foutId } from './dom.ts';

export function wisFouten(formulier: HTMLFormElement) {
  for (const p of $$('.veld__fout', formulier)) p.remove();
  for (const v of $$('.veld--fout', formulier)) v.classList.remove('veld--fout');
  for (const el of $$('[aria-invalid]', formulier)) {
    el.removeAttribute('aria-invalid');
    const rest = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('fout-'));
    if (rest.length) el.setAttribute('aria-describedby', rest.join(' '));
    else el.removeAttribute('aria-describedby');
  }
  $('#foutsamenvatting-lijst').replaceChildren();
  $('#foutsamenvatting').hidden = true;
}

/** The field's wrapper: the exact key, else the nearest listed parent key ("kosten.0" -> "kosten"). */
function houderVan(formulier: HTMLFormElement, sleutel: string): HTMLElement {
  const delen = sleutel.split('.');
  while (delen.length) {
    const el = $(`[data-veld="${delen.join('.')}"]`, formulier);
    if (el) return el;
    delen.pop();
  }
  return formulier;
}

export function toonFouten(formulier: HTMLFormElement, fouten: FormulierFout[]) {
  const samenvatting = $('#foutsamenvatting');
  const lijst = $('#foutsamenvatting-lijst');
  for (const fout of fouten) {
    const houder = houderVan(formulier, fout.veld);
    const id = foutId(fout.veld);
    const p = document.createElement('p');
    p.className = 'veld__fout';
    p.id = id;
    const verborgen = document.createElement('span');
    verborgen.className = 'visueel-verborgen';
    verborgen.textContent = 'Fout: ';
    p.append(verborgen, fout.bericht);
    // After the label or legend (and hint), right before the control, as GOV.UK does.
    const na = $(':scope > .hint', houder) ?? $(':scope > label, :scope > legend', houder);
    if (na) na.after(p);
    else houder.prepend(p);
    houder.classList.add('veld--fout');
    // Only this field's own controls; a section's rows have their own fields and messages.
    const bedieningen = $$<HTMLElement>('input, select, textarea', houder).filter((el) => el.closest('[data-veld]') === houder);
    for (const el of bedieningen) {
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', [el.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    }
    const doel = bedieningen[0] ?? $<HTMLElement>(':scope > button[data-voeg-toe]', houder) ?? p;
    if (doel === p) p.tabIndex = -1;
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#${doel.id || id}`;
    a.textContent = fout.bericht;
    a.addEventListener('click', (e) => {
      // Focus the control and show its label too, not only the input.
      e.preventDefault();
      houder.scrollIntoView({ block: 'start' });
      doel.focus({ preventScroll: true });
    });
    li.append(a);
    lijst.append(li);
  }
  samenvatting.hidden = false;
  samenvatting.focus();
}
