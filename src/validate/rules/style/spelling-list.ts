/**
 * United Nations spelling (the Oxford English Dictionary with -ize, as the
 * UN Editorial Manual follows it) for the words a contribution is most
 * likely to spell the American or the -ise way. A curated list, not a
 * dictionary: every entry is a word whose wrong form has no other meaning,
 * so a warning is almost never a false one. Exceptions the rule applies:
 * "program" after "computer" or "software"; capitalized words inside a
 * sentence (names such as "Carter Center" or "Israel Defense Forces", or
 * the "Organisation for Economic Co-operation and Development").
 */
const PAIRS: [wrong: string, right: string][] = [];

/** Add each inflection: `forms("organis", "organiz", ["e", "ed"])` -> organise/organize, organised/organized. */
function forms(wrong: string, right: string, endings: readonly string[]): void {
  for (const ending of endings) PAIRS.push([wrong + ending, right + ending]);
}

const VERB = [
  "e",
  "es",
  "ed",
  "ing",
  "ation",
  "ations",
  "ational",
  "er",
  "ers",
  "able",
];
for (const stem of [
  "apologis",
  "authoris",
  "capitalis",
  "categoris",
  "centralis",
  "characteris",
  "civilis",
  "computeris",
  "conceptualis",
  "criminalis",
  "criticis",
  "customis",
  "decentralis",
  "decriminalis",
  "demilitaris",
  "democratis",
  "demobilis",
  "emphasis",
  "energis",
  "familiaris",
  "finalis",
  "formalis",
  "globalis",
  "harmonis",
  "hospitalis",
  "immunis",
  "institutionalis",
  "internalis",
  "jeopardis",
  "legalis",
  "legitimis",
  "localis",
  "marginalis",
  "maximis",
  "memoris",
  "militaris",
  "minimis",
  "mobilis",
  "modernis",
  "nationalis",
  "neutralis",
  "normalis",
  "operationalis",
  "optimis",
  "organis",
  "penalis",
  "polaris",
  "prioritis",
  "privatis",
  "publicis",
  "radicalis",
  "rationalis",
  "realis",
  "recognis",
  "reorganis",
  "regularis",
  "remobilis",
  "revitalis",
  "scrutinis",
  "sensitis",
  "specialis",
  "stabilis",
  "standardis",
  "stigmatis",
  "summaris",
  "symbolis",
  "synchronis",
  "traumatis",
  "urbanis",
  "utilis",
  "victimis",
  "visualis",
])
  forms(stem, `${stem.slice(0, -1)}z`, VERB);
// The UN keeps -yse.
forms("analyz", "analys", ["e", "es", "ed", "ing", "er", "ers"]);
forms("paralyz", "paralys", ["e", "es", "ed", "ing"]);
forms("catalyz", "catalys", ["e", "es", "ed", "ing"]);

// -our
for (const [stem, endings] of [
  ["behavior", ["", "s", "al", "ally"]],
  ["color", ["", "s", "ed", "ful"]],
  ["endeavor", ["", "s", "ed", "ing"]],
  ["favor", ["", "s", "ed", "ing", "able", "ably", "ite", "ites"]],
  ["unfavor", ["able", "ably"]],
  ["harbor", ["", "s", "ed", "ing"]],
  ["honor", ["", "s", "ed", "ing", "able"]],
  ["labor", ["", "s", "ed", "ing", "er", "ers"]],
  ["neighbor", ["", "s", "ing", "hood", "hoods"]],
  ["rumor", ["", "s", "ed"]],
] as const)
  forms(stem, stem.replace(/or$/, "our"), endings);

// -re
for (const [wrong, right] of [
  ["center", "centre"],
  ["centers", "centres"],
  ["centered", "centred"],
  ["theater", "theatre"],
  ["theaters", "theatres"],
  ["fiber", "fibre"],
  ["fibers", "fibres"],
  ["liter", "litre"],
  ["liters", "litres"],
  ["kilometer", "kilometre"],
  ["kilometers", "kilometres"],
  ["centimeter", "centimetre"],
  ["centimeters", "centimetres"],
  ["maneuver", "manoeuvre"],
  ["maneuvers", "manoeuvres"],
  ["maneuvered", "manoeuvred"],
  ["maneuvering", "manoeuvring"],
] as const)
  PAIRS.push([wrong, right]);

// -ence, -gue, -me, doubled and single l, and the rest.
for (const [wrong, right] of [
  ["defense", "defence"],
  ["defenses", "defences"],
  ["offense", "offence"],
  ["offenses", "offences"],
  ["catalog", "catalogue"],
  ["catalogs", "catalogues"],
  ["dialog", "dialogue"],
  ["dialogs", "dialogues"],
  ["program", "programme"],
  ["programs", "programmes"],
  ["programing", "programming"],
  ["aging", "ageing"],
  ["gray", "grey"],
  ["acknowledgment", "acknowledgement"],
  ["acknowledgments", "acknowledgements"],
  ["enrollment", "enrolment"],
  ["enrollments", "enrolments"],
  ["enroll", "enrol"],
  ["enrolls", "enrols"],
  ["fulfill", "fulfil"],
  ["fulfills", "fulfils"],
  ["fulfillment", "fulfilment"],
  ["installment", "instalment"],
  ["installments", "instalments"],
  ["skillful", "skilful"],
  ["willful", "wilful"],
  ["counseling", "counselling"],
  ["counseled", "counselled"],
  ["counselor", "counsellor"],
  ["counselors", "counsellors"],
  ["traveled", "travelled"],
  ["traveling", "travelling"],
  ["traveler", "traveller"],
  ["travelers", "travellers"],
  ["modeled", "modelled"],
  ["modeling", "modelling"],
  ["labeled", "labelled"],
  ["labeling", "labelling"],
  ["canceled", "cancelled"],
  ["canceling", "cancelling"],
  ["fueled", "fuelled"],
  ["fueling", "fuelling"],
  ["signaled", "signalled"],
  ["signaling", "signalling"],
  ["channeled", "channelled"],
  ["channeling", "channelling"],
  ["totaled", "totalled"],
  ["totaling", "totalling"],
  ["pediatric", "paediatric"],
  ["anemia", "anaemia"],
  ["anemic", "anaemic"],
  ["diarrhea", "diarrhoea"],
  ["hemorrhage", "haemorrhage"],
  ["gynecology", "gynaecology"],
  ["gynecological", "gynaecological"],
  ["gynecologist", "gynaecologist"],
  ["gynecologists", "gynaecologists"],
] as const)
  PAIRS.push([wrong, right]);

/** Wrong form (lower case) -> UN form. */
export const unSpelling: ReadonlyMap<string, string> = new Map(PAIRS);
