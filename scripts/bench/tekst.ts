/**
 * Dutch-looking text for synthetic stories. Deterministic (seeded), so that two runs of the
 * benchmark build the same content. Words are drawn with a skewed (Zipf-like) distribution and
 * include many compound nouns, so the search index gets a realistic vocabulary instead of a
 * few hundred words repeated.
 */

/** Small, fast, seeded PRNG (mulberry32). */
export function maakRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Toeval {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = maakRng(seed);
  }
  /** Integer in [min, max]. */
  getal(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }
  kans(p: number): boolean {
    return this.r() < p;
  }
  kies<T>(lijst: readonly T[]): T {
    return lijst[Math.floor(this.r() * lijst.length)]!;
  }
  /** Skewed pick: low indexes are much more likely, as with word frequencies. */
  kiesScheef<T>(lijst: readonly T[], scheefheid = 2.2): T {
    return lijst[Math.floor(this.r() ** scheefheid * lijst.length)]!;
  }
  /** `n` distinct items (or all, if fewer). */
  enkele<T>(lijst: readonly T[], n: number): T[] {
    const kopie = [...lijst];
    const uit: T[] = [];
    while (uit.length < n && kopie.length) uit.push(kopie.splice(Math.floor(this.r() * kopie.length), 1)[0]!);
    return uit;
  }
}

const VOORDELEN = [
  'schuld', 'zorg', 'jeugd', 'woon', 'werk', 'inkomens', 'buurt', 'wijk', 'gezins', 'huur', 'energie',
  'school', 'bijstands', 'uitkerings', 'opvang', 'budget', 'maatwerk', 'participatie', 'reintegratie',
  'toeslagen', 'armoede', 'mantelzorg', 'leerplicht', 'dagbestedings', 'huishoud', 'thuis', 'incasso',
  'beslag', 'kinderopvang', 'verslavings', 'jongeren', 'ouderen', 'vrijwilligers', 'taal', 'gezondheids',
  'veiligheids', 'sport', 'cultuur', 'welzijns', 'inloop', 'loon', 'pensioen', 'belasting', 'vervoers',
  'stage', 'opleidings', 'leer', 'hulp', 'crisis', 'nazorg', 'detentie', 'straat', 'dak', 'voedsel',
  'kleding', 'meubel', 'klus', 'tuin', 'zorgverzekerings', 'premie', 'ziekte', 'gemeente',
] as const;

const ACHTERDELEN = [
  'hulp', 'regeling', 'plan', 'aanvraag', 'traject', 'budget', 'loket', 'team', 'overleg', 'indicatie',
  'beschikking', 'toets', 'afspraak', 'achterstand', 'termijn', 'vergoeding', 'gesprek', 'procedure',
  'dossier', 'voorziening', 'coach', 'netwerk', 'kosten', 'schuld', 'contract', 'ondersteuning',
  'begeleiding', 'situatie', 'route', 'verlening', 'consulent', 'regisseur', 'wachtlijst', 'formulier',
  'brief', 'besluit', 'uitkering', 'bijdrage', 'fonds', 'pot', 'pilot', 'aanpak', 'methode', 'cirkel',
  'keten', 'partner', 'huis', 'kamer', 'tafel', 'dag', 'week', 'maand', 'werker', 'medewerker',
] as const;

const MIDDENDELEN = ['sociaal', 'wijk', 'buurt', 'zorg', 'werk', 'geld', 'straat', 'stad', 'dorp', 'regio'] as const;

/** Words every text needs, most frequent first. */
const GEWONE_ZELFSTANDIGE = [
  'schuld', 'wijkteam', 'gemeente', 'gezin', 'bewoner', 'moeder', 'vader', 'jongere', 'kind', 'huis', 'woning',
  'regel', 'budget', 'probleem', 'oplossing', 'consulent', 'buurtcoach', 'huisarts', 'school', 'werk', 'baan',
  'uitkering', 'opvang', 'zorg', 'hulp', 'plan', 'afspraak', 'brief', 'loket', 'formulier', 'maand', 'jaar',
  'week', 'huur', 'rekening', 'verzekering', 'schuldeiser', 'corporatie', 'verhuurder', 'wethouder', 'team',
  'professional', 'bureaucratie', 'mandaat', 'regie', 'vertrouwen', 'netwerk', 'buurt', 'wijk', 'toekomst',
] as const;

const ONDERWERPEN = [
  'Het wijkteam', 'De consulent', 'De buurtcoach', 'Een medewerker van de gemeente', 'De woningcorporatie',
  'De huisarts', 'De schuldhulpverlener', 'Het jongerenloket', 'De wijkverpleegkundige', 'De klantmanager',
  'Het sociaal team', 'De moeder', 'De jongere', 'Het gezin', 'De bewoner', 'De beleidsmedewerker',
  'De wethouder', 'De zorgverzekeraar', 'Het UWV', 'De leerplichtambtenaar', 'De jeugdconsulent',
  'De mantelzorger', 'De budgetcoach', 'Het frontlijnteam', 'De teamleider', 'De vrijwilliger',
  'De directeur van de school', 'Het buurthuis', 'De regisseur', 'De kwartiermaker',
] as const;

const WERKWOORDEN = [
  'regelt', 'bespreekt', 'onderzoekt', 'betaalt', 'organiseert', 'weigert', 'vraagt om', 'overlegt over',
  'zoekt', 'start', 'stopt', 'beoordeelt', 'helpt bij', 'financiert', 'koppelt', 'versnelt', 'schrapt',
  'vereenvoudigt', 'ziet', 'mist', 'wacht op', 'regisseert', 'verbindt', 'ontdekt', 'verandert', 'herstelt',
  'begrijpt', 'schrijft', 'belt over', 'doorbreekt', 'omzeilt', 'voorkomt', 'accepteert', 'bundelt',
] as const;

const BIJVOEGLIJK = [
  'snelle', 'lastige', 'tijdelijke', 'nieuwe', 'oude', 'dure', 'goedkope', 'eenvoudige', 'ingewikkelde',
  'gezamenlijke', 'aparte', 'integrale', 'lokale', 'eigen', 'strenge', 'soepele', 'laatste', 'eerste',
  'dringende', 'gewone', 'formele', 'informele', 'passende', 'kleine', 'grote',
] as const;

const VERBINDERS = [
  'omdat de regels dat voorschrijven', 'zodat het gezin verder kan', 'terwijl de kosten oplopen',
  'maar niemand voelt zich verantwoordelijk', 'en daarmee begint het opnieuw', 'voordat de situatie escaleert',
  'waardoor de wachttijd korter wordt', 'zonder eerst een nieuw formulier te vragen', 'in overleg met de buurt',
  'binnen twee weken', 'na maanden wachten', 'op eigen initiatief', 'met steun van de wethouder',
  'ondanks de bezwaren van de afdeling', 'samen met de corporatie', 'dichtbij huis', 'aan de keukentafel',
  'omdat het budget op is', 'want de termijn is verlopen', 'als de schuld is geregeld',
] as const;

export const KOPPEN = [
  'Wat er speelde', 'Waar het vastliep', 'Wat hielp', 'Wat het kostte', 'Wat we leren', 'De aanpak',
  'Hoe het verder ging', 'De situatie thuis', 'Regels die botsen', 'Het gesprek aan de keukentafel',
  'Wie betaalt', 'De rol van de wijk', 'Wat de professionals zeggen', 'Na een jaar',
] as const;

export const WIJKEN = [
  'Centrum', 'Oost', 'West', 'Noord', 'Zuid', 'De Hoven', 'Het Zand', 'Kanaleneiland', 'Overvecht', 'Heechterp',
  'Schieringen', 'Bijlmer', 'Presikhaaf', 'Malburgen', 'Selwerd', 'Transvaal', 'De Kolk', 'Zeeheldenkwartier',
  'Lombok', 'Tarwewijk', 'Krispijn', 'Doornsteeg', 'Stadsweiden', 'Muziekwijk',
] as const;

/** The compound nouns, most frequent first; built once. */
export const SAMENSTELLINGEN: readonly string[] = (() => {
  const uit: string[] = [];
  for (const a of ACHTERDELEN) for (const v of VOORDELEN) if (v !== a) uit.push(v + a);
  // A tail of rarer three-part compounds widens the vocabulary as real text would.
  for (const m of MIDDENDELEN) for (const v of VOORDELEN.slice(0, 30)) for (const a of ACHTERDELEN.slice(0, 20)) {
    if (v !== m) uit.push(v + m + a);
  }
  return uit;
})();

export function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export class Schrijver {
  constructor(private readonly t: Toeval, private readonly plaatsen: readonly string[] = []) {}

  zelfstandig(): string {
    return this.t.kans(0.45) ? this.t.kiesScheef(GEWONE_ZELFSTANDIGE, 1.6) : this.t.kiesScheef(SAMENSTELLINGEN, 2.4);
  }

  zinsdeel(): string {
    const lidwoord = this.t.kans(0.7) ? 'de' : 'een';
    return this.t.kans(0.35) ? `${lidwoord} ${this.t.kies(BIJVOEGLIJK)} ${this.zelfstandig()}` : `${lidwoord} ${this.zelfstandig()}`;
  }

  bedrag(): string {
    const n = this.t.kies([250, 500, 800, 1200, 2500, 4000, 6000, 12000, 18000, 25000, 40000, 60000]);
    return `${n.toLocaleString('nl-NL')} euro`;
  }

  zin(): string {
    const t = this.t;
    const delen = [t.kies(ONDERWERPEN), t.kies(WERKWOORDEN), this.zinsdeel()];
    if (t.kans(0.25)) delen.push(`voor ${this.zinsdeel()}`);
    if (t.kans(0.12)) delen.push(`van ${this.bedrag()}`);
    if (t.kans(0.1) && this.plaatsen.length) delen.push(`in ${t.kies(this.plaatsen)}`);
    if (t.kans(0.5)) delen.push(t.kies(VERBINDERS));
    let zin = delen.join(' ');
    if (t.kans(0.08)) zin = zin.replace(/ (\S+)$/, ' **$1**');
    return `${zin}${t.kans(0.06) ? '?' : '.'}`;
  }

  /** Sentences until at least `woorden` words; returns the text and its word count. */
  zinnen(woorden: number): string {
    const uit: string[] = [];
    let n = 0;
    while (n < woorden) {
      const z = this.zin();
      uit.push(z);
      n += telWoorden(z);
    }
    return uit.join(' ');
  }

  alinea(): string {
    return this.zinnen(this.t.getal(35, 110));
  }

  /** A short phrase for titles and ids, e.g. "snelle huurachterstand". */
  frase(): string {
    return this.t.kans(0.5) ? `${this.t.kies(BIJVOEGLIJK)} ${this.zelfstandig()}` : this.zelfstandig();
  }
}

/** Words as a reader counts them (markup stripped). */
export function telWoorden(tekst: string): number {
  return tekst
    .replace(/[|#*\-:]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
