//! The French words the grammars look for, in one place: attendance
//! labels, roles and functions, council names, item keywords, decision
//! words, the words of proxies, dates and margins.
//!
//! Words read in a pattern are written as French writes them, accents
//! included: the patterns built from them make each accent optional (see
//! `text::accents_optional`). Words compared with folded text are written
//! folded (lower case, no accent). Like the text toolkit, this sits below
//! every stage.

/// Days of the week, as a pattern's alternatives: "le lundi 3 mars".
pub(crate) const WEEKDAYS: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

/// The months, in order.
pub(crate) const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The words an item heading starts with: "POINT N°1 –", "Rapport n° 3 –",
/// "AFFAIRE N° 12". (Headings inside the lines of a flattened text are
/// looked for with the first four only.)
pub(crate) const ITEM_KEYWORDS: [&str; 5] = ["point", "question", "rapport", "dossier", "affaire"];

/// What follows an ordinal item number at a line start, as a pattern's
/// alternatives: "1°) Budget", "2) Tarifs", "3. Voirie", "4/ Vente", "5 - Bail",
/// "6 – Bail", "7- Bail", "8-) Bail".
pub(crate) const ORDINAL_SEPARATORS: &str = r"°\)|-\)|\)|\.|/|[ \t]?[-–]";

/// The stems of the verbs of [`SUMMARY_BULLET`], lower case, each before
/// its participle's "é" ("adopt", "d[éÉe]sign"): a macro, so that
/// patterns can be built from them with `concat!`.
macro_rules! summary_verbs {
    () => {
        r"adopt|approuv|accept|d[éÉe]cid|d[éÉe]sign|vot|fix|autoris|proc[éÉe]d"
    };
}
pub(crate) use summary_verbs;

/// A posted summary's bullet opening on a decision in the past tense ("- a
/// adopté le règlement", "- a désigné M. X"), as a pattern for the
/// lower-cased text: a decision mark and a decision without a count.
pub(crate) const SUMMARY_BULLET: &str = concat!(
    r"(?m:^)[ \t]*[-–•][ \t]*a\s+(?:",
    summary_verbs!(),
    r")[éÉe]"
);

/// The stems of a word telling an arrival or a departure ("est arrivé",
/// "partie à 21 h", "quitte la séance", "sorti"), as a pattern's
/// alternatives for the lower-cased text.
pub(crate) const MOVEMENT_WORDS: &str = "arriv|parti|quitt|sorti";

/// What a presence condition counts in, folded, as a pattern's
/// alternatives: "à partir de la question n°13", "jusqu'au point 7",
/// "délib. 56", "jusqu'à l'OJ N°13" (a point of the ordre du jour), "après
/// le vote n°129" (a vote by its number, the item's: only with its "n°").
pub(crate) const ITEM_UNITS: &str = r"question|point|deliberation|delib\.?|rapport|dossier|affaire|sujet|projet|objet|item|o\.?j\.?|vote\s*n\s*°";

/// Every way a label can be written, case-insensitive and verbose: the
/// labels of proxies (`absrep`), of members present, of members absent, of
/// the secretary, and labels that only end the section before them
/// (`stop`: guests, counts, dates, the agenda, an item's object).
pub(crate) const LABELS: &str = r"(?xi)
        (?P<absrep>(?:(?:étai(?:t|ent)\ )?(?:absents?(?:\ ex[ck]?usée?s?)?|ex[ck]?usée?s?)(?:\ et)?|étai(?:t|ent))(?:\([^)\n]{1,6}\)s?)*\ +représentée?s?(?:\([^)\n]{1,6}\)s?)*(?:\ (?:ou|et)\ (?:remplacée?s?|suppléée?s?))?(?:\ par\ (?:pouvoir|procuration|(?:son|sa)\ suppléante?))?
            | (?:absents?\ (?:ex[ck]?usés?\ )?\(?|ex[ck]?usés?\ \(?|délégués\ )?ayant\ donné\ (?:pouvoir|procuration|délégation)(?:\ de\ vote)?\)?|(?:absents?\ (?:ex[ck]?usés?\ )?|ex[ck]?usés?\ )?ayant\ donné\ mandat(?:\ de\ vote)?
            | absents?\ ex[ck]?usés?\ ayant\ donné\ pouvoir
            | (?:absente?s?\ (?:ex[ck]?usée?s?\ )?|ex[ck]?usée?s?\ )avec\ (?:délégation|pouvoirs?|procurations?)(?:\ de\ vote)?
            | (?:étai(?:t|ent)\ )?(?:absente?s?(?:\ ex[ck]?usée?s?)?|ex[ck]?usée?s?)\ \((?:avec\ )?(?:pouvoirs?|procurations?)\)
            | (?:(?:étai(?:t|ent)\ )?(?:absente?s?(?:\ ex[ck]?usée?s?)?|ex[ck]?usée?s?)\ et\ )?(?:ont|avai(?:t|ent))\ donné\ (?:(?:pouvoir|procuration)(?:\ de\ voter?)?(?:\ respectivement)?|délégation\ de\ vote)
            | (?:ont|avaient)(?:\ respectivement)?\ délégué\ leurs?\ (?:mandats?|votes?|pouvoirs?|droits?\ de\ vote)(?:\ respectivement)?(?:\ à)?
            | (?:absente?s?\ (?:ex[ck]?usée?s?\ )?|ex[ck]?usée?s?\ )?ayant\ délégué\ (?:son|sa|leur)\ (?:mandat|vote|pouvoir)
            | délégués\ représentés(?:\ par\ pouvoir)?
            | (?:étai(?:t|ent)\ )?porteu(?:r|se)s?\ (?:d'\ ?une?\ |de\ )(?:pouvoirs?|procurations?)
            | (?:partie?s|départs?)\ en\ cours\ de\ séance
            | présente?s?\ par\ (?:procuration|pouvoir)
            | (?:noms?\ (?:des?\ |du\ )?)?mandants?(?:\ (?:à|a|/|-|–))?\ (?:noms?\ (?:des?\ |du\ )?)?mandataires?
            | procurations?(?:\ de\ vote|\ donnée?s?|\ accordées?|\ reçues?(?:\ de)?|\ parvenues?|\ de)?(?:\(s\))? | pouvoirs\ de\ vote | pouvoirs?(?:\ donnée?s?|\ accordée?s?|\ reçus?(?:\ de)?)? | représentée?s?(?:\ par\ (?:pouvoir|procuration))? | délégations?\ de\ vote)
        | (?P<present>présente?s?\ à\ titre\ de\ (?:titulaires?|suppléante?s?)|(?:(?:étai(?:t|ent)\ )?présente?s?|assistai(?:t|ent)\ à\ la\ (?:réunion|séance),?)\ sous\ la\ présidence\ d(?:e|u|'\ ?)|suppléante?s?\ (?:(?:remplaçante?s?|remplacent)(?:\ de\ droit)?(?:\ (?:les|des))?|en\ remplacement\ (?:des|de))\ (?:délégués\ )?titulaires?(?:\ absente?s?)?|arrivée?s?\ en\ cours\ de\ séance|constate\ la\ présence(?:\ de)?|(?:était|étaient|sont|est)\ présente?s?\ à\ l['\ ]\ ?ouverture\ de\ la\ séance|(?:était|étaient)\ présentes?|(?:(?:étaient|était|sont|autres|membres|titulaires|suppléants|conseill\w*(?:\ (?:municipaux|communautaires|syndicaux|départementaux|régionaux))?|délégués(?:\ titulaires|\ suppléants)?)\ )?présent(?:\(e\))?(?:e?s)?(?:\(e\)s|\(e?s\)|[.·]e[.·]s)?(?:\ à\ l'\ ?appel\ nominal|\ (?:MM\.?|Mmes|Mesdames|Messieurs|Ms)\ et\ (?:Mmes|MM\.?|Messieurs|Mesdames|Ms|Mrs)|(?:,?\ (?:en\ (?:salle|séance)|par\ visio\w*|en\ visio\w*|à\ distance)){1,2}(?:\ ou\ représent\w*(?:\(e?s\))?)?|\ prenant\ part\ aux?\ votes?|\ et\ votante?s|\ ayant\ voix\ délibérative|,?\ ou\ représent\w*(?:\(e?s\))?(?:\ \(ayant\ donné\ pouvoir\))?|\ les\ (?:conseill\w*|membres|délégués)(?:\ suivants|\ (?:désignée?s\ )?ci-dessous)?)?|assistaient(?:\ également|\ en\ outre)?(?:\ à\ la\ séance)?|assistée?s?(?:\(e\))?\ de|ont\ répondu\ à\ la\ consultation|en\ présence\ de|se\ sont\ réunie?s|liste\ des\ (?:membres\ |conseillers\ )?présents|conseillers\ (?:municipaux|communautaires)\ ?:|délégués\ titulaires\ ?:|délégués\ suppléants\ ?(?:\([^)\n]{1,40}\)\ ?)?:|titulaires\ ?:|suppléante?s(?:\ (?:en\ situation\ délibérante|ayant\ voix\ délibérative|avec\ voix\ délibérative))?\ ?:|siégeai(?:t|ent)(?:\ à\ l['\ ]\ ?assemblée)?|l'appel\ nominal(?:\ (?:de\ chaque|des)\ (?:nouveaux?\ )?(?:membres?|conseill\w*|délégué(?:e|s|es)?|élu(?:e|s|es)?))?\ ?:)
        | (?P<absent>s'étai(?:t|ent)\ fait(?:e|es|s)?\ excuser|(?:absente?s?\ (?:ex[ck]?usée?s?\ )?|ex[ck]?usée?s?\ )sans\ (?:pouvoirs?|procurations?)|absents?\ ayant\ voté\ par\ (?:procuration|pouvoir)|(?:absente?s?\ (?:ex[ck]?usée?s?\ )?|ex[ck]?usée?s?\ )n['’]\ ?ayant\ pas\ donné\ (?:de\ )?(?:pouvoir|procuration)|(?:(?:étaient|était|membres|délégués(?:\ titulaires)?|titulaires?)\ )?(?:absent(?:\(e?s?(?:/es)?\))?e?s?(?:[.·]e[.·]s)?(?:\ non\ ex[ck]?usée?s?|\ ex[ck]?usée?(?:\(s?(?:/es)?\))?s?|\ (?:et|ou)\ ex[ck]?usée?s?(?:[.·]e[.·]s)?|\ non\ représentée?s?)?(?:\ et\ non\ représentée?s?|\ non\ représentée?s?|\ et\ pouvoirs?\ donnée?s?|\ (?:et\ )?suppléée?s?|\ (?:non\ )?remplacée?s?\ par\ (?:leurs?|son|sa)\ suppléante?s?)?|(?:non\ )?ex[ck]?usée?(?:\([^)\n]{1,6}\))*s?(?:[.·]e[.·]s)?(?:\ et\ absente?s?)?)(?:\ (?:MM\.?|Mmes|Mesdames|Messieurs|Ms)\ et\ (?:Mmes|MM\.?|Messieurs|Mesdames|Ms|Mrs))?)
        | (?P<secretary>secrétaires?(?:\ de\ sc?éance)?(?:\ élue?|\ désignée?|\ nommée?)?(?:\(e\))?|secrétariat\ de\ (?:la\ )?séance)
        | (?P<stop>secrétaire\ auxiliaire|assistante?s|autres\ participants?|invitée?s?(?:\ permanente?s?)?(?:\ ex[ck]?usée?s?)?|(?:assist|particip)\w*\ (?:également|en\ outre)(?:\ à\ la\ (?:séance|réunion))?|assistent\ sans\ voix\ délibératives?|(?:(?:conseill\w*(?:\ (?:municipaux|communautaires|syndicaux))?|délégués)\ )?suppléante?s?\ \(?sans\ voix\ délibératives?\)?|assistait|également\ présents?|auditeurs?\ présents|personnels?(?:\ (?:administratifs?|techniques?|communal|communaux|territorial|des\ services))?\ présente?s?|date\ (?:de\ (?:la\ )?|d'\ ?|d\ )(?:convocation|affichage|publication)|(?:publiée?|affichée?)\ le
            | ordre\ du\ jour|nombre\ de\ \w+|ayant\ pris\ part\ (?:aux?\ votes?|à\ la\ décision|à\ la\ délibération|au\ scrutin)|(?:conseill\w*|membres|délégués)[^:\n]{0,40}en\ exercice|en\ exercice|quorum|votants?|formant\ la\ majorité|majorité\ absolue|objet|rapporteur|résumé)
        ";

/// The words a label starts with, lower case: every match of [`LABELS`]
/// starts with one of them, so labels are read only where a literal search
/// finds one.
pub(crate) const LABEL_STARTS: &str = r"absent|l'appel|porteu|ont répondu|arrivé|siégeai|partis|parties|départ|se sont r|liste des |s'étai|non ex|ex[ck]?us|étai|ayant|ont donn|avait donn|avaient donn|ont délég|avaient délég|ont respectivement|avaient respectivement|délég|procuration|pouvoir|représent|sont |autres |membres|titulaire|suppl|conseill|présent|en présence|constate la pr|assist|particip|secrétaire|secrétariat|invit|également|auditeur|personnel|date |publié|affiché|ordre du jour|nombre de |en exercice|quorum|votant|formant la|majorit|objet|rapporteur|résum|noms des mandants|nom du mandant|mandants? ";

/// The status cells of an attendance table flattened row by row, each
/// written right after its member: short codes, as written ("Pr" présent,
/// "Ab" absent, "Ex" excusé, "Po" pouvoir, "Su" suppléé), and words,
/// folded, a proxy's and a substitute's with the word that leads to the
/// holder ("procuration à", "suppléé par").
pub(crate) const STATUS_CODES: [(&str, &str); 5] = [
    ("Pr", "present"),
    ("Ab", "absent"),
    ("Ex", "excuse"),
    ("Po", "pouvoir"),
    ("Su", "supplee"),
];
pub(crate) const STATUS_WORDS: [&str; 6] = [
    "present", "presente", "absent", "absente", "excuse", "excusee",
];
pub(crate) const STATUS_PROXY_WORDS: [&str; 2] = ["procuration", "pouvoir"];
/// A status cell saying a member is represented, the holder next
/// ("Représentée G. Martin"), folded.
pub(crate) const STATUS_REPRESENTED_WORDS: [&str; 4] =
    ["represente", "representee", "representes", "representees"];
pub(crate) const STATUS_SUBSTITUTE_WORDS: [&str; 4] =
    ["supplee", "suppleee", "remplace", "remplacee"];

/// The words of a certification stamp a flattened extraction weaves into a
/// list ("Certifiée exécutoire le 24/09/2020", "Transmis en préfecture
/// 24/09/2020"), folded.
pub(crate) const STAMP_WORDS: [&str; 14] = [
    "certifie",
    "certifiee",
    "affiche",
    "affichee",
    "transmis",
    "transmise",
    "recu",
    "recue",
    "publie",
    "publiee",
    "executoire",
    "prefecture",
    "depose",
    "deposee",
];

/// What a label's count counts, folded: "Présents : 26 élus.", "Absents
/// : 3 membres", "Présents : 12 conseiller(e)s".
pub(crate) const COUNT_UNITS: [&str; 16] = [
    "elu",
    "elue",
    "elus",
    "elues",
    "elu(e)s",
    "membre",
    "membres",
    "conseiller",
    "conseillers",
    "conseillere",
    "conseilleres",
    "conseiller(e)s",
    "delegue",
    "delegues",
    "deleguee",
    "deleguees",
];

/// The public, not members, folded: "Auditeurs présents : 47".
pub(crate) const PUBLIC: [&str; 7] = [
    "auditeurs",
    "public",
    "personnes",
    "agents",
    "invites",
    "invitees",
    "services",
];

/// Titles of the administration's staff, folded, written after a name:
/// "Mme X, DGS", "M. Y, Trésorier", "Mme Z, rédacteur". Not members.
pub(crate) const STAFF_TITLES: [&str; 14] = [
    "dgs",
    "dga",
    "dst",
    "directeur",
    "directrice",
    "tresorier",
    "tresoriere",
    "redacteur",
    "redactrice",
    "comptable",
    "attache",
    "attachee",
    "receveur",
    "receveuse",
];

/// A list that names nobody, folded: "Absents : Néant".
pub(crate) const NOBODY: [&str; 4] = ["neant", "aucun", "aucune", "personne"];

/// Roles that stand for the president of the sitting, folded: "M. le
/// Maire", "la Présidente", "M. Jean DUPONT, Maire".
pub(crate) const PRESIDING: [&str; 3] = ["maire", "president", "presidente"];

/// Titles written between a civility and a name, folded, after "le" or
/// "la" or alone: "M. le Dr Jean X", "Mme le Docteur Y", "M. le
/// Professeur Z", "Pr Anne W". No part of the name.
pub(crate) const TITLES: [&str; 6] = [
    "dr",
    "docteur",
    "doctoresse",
    "pr",
    "professeur",
    "professeure",
];

/// Words that name a function, not a person, folded: "Maire", "doyenne",
/// "élus"; and the beginnings of others: "1ère adjointe",
/// "Vice-Présidents", "conseillers municipaux".
pub(crate) const FUNCTIONS: [&str; 13] = [
    "maire",
    // "2ème Adjt": adjoint abbreviated.
    "adjt",
    "adjte",
    "maires",
    "doyen",
    "doyenne",
    "secretaire",
    "membre",
    "membres",
    "elu",
    "elue",
    "elus",
    "elues",
];

/// See [`FUNCTIONS`].
pub(crate) const FUNCTION_STARTS: [&str; 15] = [
    "adjoint",
    "vice",
    "president",
    "vice-president",
    "conseill",
    "delegue",
    "tresori",
    "rapporteu",
    "suppleant",
    "titulaire",
    "presidente",
    "vice-presidente",
    // "représentant de Saint-Pabu" (not "représenté par": a proxy).
    "representant",
    // "Paul X, Administrateur Anne Y, Administratrice": the seat on a
    // conseil d'administration (not "administratif", staff).
    "administrateur",
    "administratrice",
];

/// Particles of family names, folded: "de GARARDOT", "van der BELLEN".
pub(crate) const PARTICLES: [&str; 26] = [
    "de", "du", "des", "d'", "le", "la", "les", "van", "von", "der", "den", "di", "da", "del",
    "della", "do", "dos", "das", "ben", "el", "al", "mac", "mc", "ter", "ten", "y",
];

/// Particles written in capitals inside a family name: "DE LA VALANOCHE",
/// "DEL MERILLOU", "EL HADDOUMI", "BEN SALEM".
pub(crate) const CAPITAL_PARTICLES: [&str; 13] = [
    "DE", "LE", "LA", "DU", "DES", "DEL", "VAN", "DA", "DO", "DI", "EL", "BEN", "AIT",
];

/// Small words that end a name, folded: conjunctions, prepositions, verbs
/// ("M. X donne pouvoir à ...", "Mme Y qui ...").
pub(crate) const NAME_ENDERS: [&str; 27] = [
    "et",
    "ou",
    "par",
    "pour",
    "a",
    "au",
    "aux",
    "avec",
    "en",
    "sur",
    "sous",
    "donne",
    "donnent",
    "avait",
    "ayant",
    "represente",
    "representee",
    "pouvoir",
    "procuration",
    "est",
    "sont",
    "qui",
    "que",
    "il",
    "elle",
    "ne",
    "n'a",
];

/// Words of a sentence in capitals that follow a name and are never part
/// of one, folded: "M. X COMME SECRÉTAIRE", "MME Y A ÉTÉ ÉLUE", "M. Z
/// CONFORMÉMENT À L'ARTICLE", "M. W ÉTANT SECRÉTAIRE" (with
/// [`NAME_ENDERS`]).
pub(crate) const CAPS_NAME_ENDERS: [&str; 12] = [
    "comme",
    "conformement",
    "etant",
    "ete",
    "elu",
    "elue",
    "nomme",
    "nommee",
    "designe",
    "designee",
    "secretaire",
    "accepte",
];

/// Finite verbs of the minutes whose subject opens a sentence, folded: "M.
/// X, doyen, ouvre la séance", "Mme Y, adjointe, présente le rapport". A
/// name that is their subject is no entry of the list before it.
pub(crate) const MINUTES_VERBS: [&str; 24] = [
    "ouvre",
    "preside",
    "presente",
    "presentent",
    "rappelle",
    "expose",
    "exposent",
    "propose",
    "proposent",
    "constate",
    "informe",
    "indique",
    "precise",
    "explique",
    "annonce",
    "accueille",
    "remercie",
    "souhaite",
    "declare",
    "procede",
    "soumet",
    "assure",
    "demande",
    "lit",
];

/// Participles that follow "est" or "a été" in the sentence naming an
/// officer of the sitting, folded: "Mme X, déléguée de Y, est désignée
/// secrétaire", "M. Z, conseiller, a été élu secrétaire".
pub(crate) const ELECTED_WORDS: [&str; 8] = [
    "designe", "designee", "elu", "elue", "nomme", "nommee", "choisi", "choisie",
];

/// Words of the sentence or the heading that follows a name in capitals
/// and never part of one, folded: "Secrétaire : Melle X LA SÉANCE EST
/// OUVERTE", "Mr X AFFAIRES GENERALES", "à M. Y QUESTION N°1", "à M.
/// Paul Y ADOPTÉ" (the decision after a list of proxies); the words of
/// the document's own headings: "Secrétaire : Mme X PROCES VERBAL", "...
/// Y COMPTE-RENDU DE LA REUNION", "Z REGISTRE DES DELIBERATIONS".
pub(crate) const SENTENCE_WORDS: [&str; 40] = [
    "seance",
    "proces",
    "verbal",
    "proces-verbal",
    "compte",
    "rendu",
    "compte-rendu",
    "extrait",
    "registre",
    "deliberations",
    "reunion",
    "ouverte",
    "levee",
    "est",
    "sont",
    "ordre",
    "approbation",
    "deliberation",
    "affaires",
    "generales",
    "finances",
    "urbanisme",
    "travaux",
    "question",
    "questions",
    "diverses",
    "budget",
    "installation",
    "election",
    "designation",
    "informations",
    "subventions",
    "ouverture",
    "appel",
    "dossier",
    "rapport",
    "adopte",
    "adoptee",
    "approuve",
    "approuvee",
];

/// Words of the margin box that flattened extractions weave into lists,
/// folded: "en exercice : 23", "Date d'affichage :"; the tally of an
/// extract's one deliberation too ("Contre : 00"; not "pour", a word of
/// headings: "Pour la commune de X :").
pub(crate) const MARGIN_WORDS: [&str; 16] = [
    "exercice",
    "presents",
    "votants",
    "convocation",
    "affichage",
    "publication",
    "quorum",
    "representes",
    "representees",
    "pouvoirs",
    "absents",
    "nombre",
    "date",
    "contre",
    "abstention",
    "abstentions",
];

/// Words that may stand between a proxy's grantor and its holder, folded:
/// "X donne pouvoir à Y", "X a donné procuration à Y", "X représenté(e)
/// par Y", "X : pouvoir à Y", "X (dont pouvoir est donné à Y)".
pub(crate) const PROXY_WORDS: [&str; 22] = [
    "donne",
    "donnent",
    "a",
    "avait",
    "ayant",
    "pouvoir",
    "procuration",
    "proc",
    "delegation",
    "de",
    "vote",
    "represente",
    "representee",
    "represente(e)",
    "mandat",
    "au",
    "par",
    "ont",
    "donnee",
    "sa",
    "son",
    "dont",
];

/// Words, folded, that qualify a proxy between its noun and its holder:
/// "X a donné pouvoir écrit de voter en son nom à Y", "X (dont pouvoir est
/// donné à Y)".
pub(crate) const PROXY_QUALIFIERS: [&[&str]; 8] = [
    &["est", "donne"],
    &["est", "donnee"],
    &["ecrit"],
    &["ecrite"],
    &["de", "voter", "en", "son", "nom"],
    &["de", "voter", "en", "leur", "nom"],
    &["pour", "voter", "en", "son", "nom"],
    &["pour", "voter", "en", "leur", "nom"],
];

/// The deliberating bodies a header names, as a pattern's alternatives:
/// "Conseil municipal", "Bureau communautaire", "Comité syndical".
pub(crate) const COUNCILS: &str = "commission permanente|bureau(?: communautaire| syndical)?|comité syndical|comité du syndicat|conseil (?:de (?:la )?communauté)|conseil communautaire|conseil municipal|conseil départemental|conseil général|conseil régional|conseil intercommunal|comité";

/// A decision as written, lower case, as a pattern's alternatives: "Le
/// rapport est adopté", "ADOPTE", "La motion est rejetée".
pub(crate) const OUTCOMES: &str = "adoptée?s?|approuvée?s?|acceptée?s?|avis favorable|rejetée?s?";

/// Nouns a function names its place with, folded: "Délégué de la Commune
/// de X", "Conseiller général du Canton de Y".
pub(crate) const PLACE_NOUNS: [&str; 4] = ["commune", "ville", "canton", "communaute"];

/// Small words that link the words of a place's name, folded: "Bourg
/// lez Vic", "Mont sous Vaudrey", "Villers aux Bois", "Pont de Roide",
/// "Val d'Ain" (its "d" a word before the apostrophe). Some are particles
/// of family names too: a rule that takes particles takes them already.
pub(crate) const PLACE_LINKS: [&str; 12] = [
    "sur", "sous", "en", "les", "lez", "aux", "le", "la", "de", "des", "du", "d",
];

/// The member bodies of a syndicate or a community, plural, folded:
/// "Etaient représentées les communes de :" names the bodies whose
/// delegates sit, not proxies.
pub(crate) const MEMBER_BODIES: [&str; 5] = [
    "communes",
    "collectivites",
    "communautes",
    "structures",
    "epci",
];

/// Nouns of an organisation, folded, that a member's name is never: a
/// table's cell naming the member's organisation run into the name
/// ("Université du Lac Anne Verdon", "Conseil régional Paul Roux").
pub(crate) const ORGANISATION_NOUNS: [&str; 16] = [
    "universite",
    "conseil",
    "division",
    "institut",
    "ecole",
    "centre",
    "agence",
    "direction",
    "chambre",
    "office",
    "syndicat",
    "communaute",
    "rectorat",
    "prefecture",
    "hopital",
    "association",
];

/// Nouns of a body or a sitting, folded, that a name read from a sentence
/// ends with when it is none ("l'un des membres du Conseil").
pub(crate) const BODY_NOUNS: [&str; 8] = [
    "conseil",
    "comite",
    "bureau",
    "syndicat",
    "commune",
    "communaute",
    "assemblee",
    "seance",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn folded_lists_are_folded() {
        let folded = PUBLIC
            .iter()
            .chain(&NOBODY)
            .chain(&PRESIDING)
            .chain(&FUNCTIONS)
            .chain(&FUNCTION_STARTS)
            .chain(&PARTICLES)
            .chain(&NAME_ENDERS)
            .chain(&CAPS_NAME_ENDERS)
            .chain(&SENTENCE_WORDS)
            .chain(&MARGIN_WORDS)
            .chain(&PROXY_WORDS)
            .chain(&PLACE_LINKS);
        for w in folded {
            assert_eq!(fold(w), *w);
        }
    }
}
