/** A story file for tests of the content check. */

/** A small valid story. `body` starts on line 25; `extra` goes before `status:` (line 20). */
export function verhaal(
  body: string,
  { privacy = '', extra = '', bronnen = '[{ id: verslag, titel: Verslag van het lab }]' }: { privacy?: string; extra?: string; bronnen?: string } = {},
): string {
  return `---
titel: "Testverhaal over een wijkteam"
samenvatting: Een kort verhaal om de controles te testen.
datum: 2015-01-01
gemeenten: [leeuwarden]
domeinen: [zorg]
tags: [integraal]
beloften: [2]
rapporteurs: [pieter-hilhorst]
belemmeringen:
  - { id: loketten, soort: gevestigde-belangen, omschrijving: Bewoners moesten langs veel loketten. }
doelgroepen: [gezinnen-met-kinderen]
bronnen: ${bronnen}
doorbraken:
  - { omschrijving: Eén plan per huishouden., lost_op: [loketten],
      status: voorstel, soort: een-plan-een-regisseur, bron: verslag }
privacy:
  gepseudonimiseerd: true
  toestemming: "n.v.t."${privacy}
${extra}status: gepubliceerd
---

Eerste alinea over het wijkteam.

${body}
`;
}

