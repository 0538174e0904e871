/**
 * navolging.csv: one row per breakthrough taken over from a breakthrough in another story, with where
 * and when both took place, so that VNG can see learning move between municipalities.
 */
import { maakNavolging, plaatsen } from '../navolging.ts';
import { eenRegel, LIJST, naarCsv, type OpenDataContext, type Veld } from './opendata.ts';
import type { VerhaalGegevens } from './typen.ts';

export const NAVOLGING_KOLOMMEN: readonly Veld[] = [
  { naam: 'van_verhaal', uitleg: 'Id van het verhaal waaruit de doorbraak is overgenomen.' },
  { naam: 'van_doorbraak', uitleg: 'Id van de doorbraak in dat verhaal.' },
  { naam: 'van_plaats', uitleg: 'Waar die doorbraak plaatsvond: de gemeenten van dat verhaal, of een plaats buiten Nederland; gescheiden door ";".' },
  { naam: 'van_gemeenten_cbs', uitleg: 'CBS-codes van die gemeenten (leeg buiten Nederland), gescheiden door ";".' },
  { naam: 'van_datum', uitleg: 'Wanneer die doorbraak er kwam (JJJJ, JJJJ-MM of JJJJ-MM-DD), of leeg als de bron het niet zegt.' },
  { naam: 'naar_verhaal', uitleg: 'Id van het verhaal dat de doorbraak overnam.' },
  { naam: 'naar_url', uitleg: 'Adres van dat verhaal.' },
  { naam: 'naar_doorbraak', uitleg: 'Id van de overgenomen doorbraak in dat verhaal, of leeg als ze er geen heeft.' },
  { naam: 'naar_plaats', uitleg: 'Waar de doorbraak werd overgenomen, gescheiden door ";".' },
  { naam: 'naar_gemeenten_cbs', uitleg: 'CBS-codes van die gemeenten, gescheiden door ";".' },
  { naam: 'naar_datum', uitleg: 'Wanneer de doorbraak werd overgenomen, of leeg als de bron het niet zegt.' },
  { naam: 'toelichting', uitleg: 'Wat er precies is overgenomen, als het verhaal dat toelicht.' },
];

export function navolgingRijen(verhalen: readonly VerhaalGegevens[], ctx: OpenDataContext): Record<string, string>[] {
  const naam = (g: string) => ctx.gemeenten.get(g)?.naam ?? g;
  const cbs = (v: VerhaalGegevens, plaats: string | undefined) => (plaats ? '' : v.data.gemeenten.map((g) => ctx.gemeenten.get(g)?.cbs ?? '').join(LIJST));
  return maakNavolging(verhalen).ketens.flatMap((k) =>
    k.stappen.flatMap((s) => {
      if (!s.van) return [];
      const van = s.van;
      return [
        {
          van_verhaal: van.verhaal.id,
          van_doorbraak: van.doorbraak.id ?? '',
          van_plaats: plaatsen(van, naam).join(LIJST),
          van_gemeenten_cbs: cbs(van.verhaal, van.doorbraak.plaats),
          van_datum: van.doorbraak.datum ?? '',
          naar_verhaal: s.verhaal.id,
          naar_url: ctx.url(s.verhaal.id),
          naar_doorbraak: s.doorbraak.id ?? '',
          naar_plaats: plaatsen(s, naam).join(LIJST),
          naar_gemeenten_cbs: cbs(s.verhaal, s.doorbraak.plaats),
          naar_datum: s.doorbraak.datum ?? '',
          toelichting: eenRegel(s.doorbraak.overgenomen_van?.toelichting ?? ''),
        },
      ];
    }),
  );
}

export function navolgingCsv(verhalen: readonly VerhaalGegevens[], ctx: OpenDataContext): string {
  return naarCsv(navolgingRijen(verhalen, ctx), NAVOLGING_KOLOMMEN);
}
