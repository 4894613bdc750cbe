"""Words that signal what a question asks. Language knowledge only: no country, summit or conflict.

Each cue set holds normalised tokens (see bot.core.language.normalize); phrases match as token runs.
"""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and edit)."""
    return frozenset(text.split())


STOPWORDS = words_of(
    "a an the of in on at to for from by with and or but is are was were be been being do "
    "does did done has have had it its it's this that these those there their them they he "
    "she his her him i me my we our you your what which who whom whose when where why how "
    "please tell me about can could would will shall should may might any some all as into "
    "than then so if not no yes ok okay hi hello hey bot just also still ever again one ones "
    "there's whats what's whos who's hows и в во на по с со о об от до за из к ко у что кто "
    "где когда как ли же а но это wat wut wht whta wen wher hw r u ur pls plz until till unto "
    "keep kept get gets got make made go goes went gone put give gave let lets want wants "
    "wasnt isnt didnt doesnt dont arent werent hasnt havent wont cant during while within teh hte "
    "among upon via per"
)

# Words that say a question is about this domain even when no entity is named.
DOMAIN = words_of(
    "csto odkb одкб alliance bloc treaty organization organisation member members membership "
    "summit summits session sessions secretary general council collective security charter "
    "observer observers partner partners presidency chairmanship ksor crrf peacekeepers"
)

CUES: dict[str, frozenset[str]] = {
    "list": words_of(
        "members member states countries list which membership belong belongs consists член "
        "члены состав страны входят stran strany chleny"
    ),
    "count": words_of("many number count сколько skolko"),
    "join": words_of(
        "join joined joins joining accede acceded accession accede signed sign signatory "
        "became become enter entered entry admitted original founding вступила вступил "
        "присоединилась"
    ),
    "leave": words_of(
        "leave left leaves leaving quit quits quitting withdraw withdrew withdrawn withdrawal "
        "exit exited exits depart departed departure renew renewal вышла вышел выход"
    ),
    "return": words_of("rejoin rejoined return returned returns back came come comeback"),
    "suspend": words_of(
        "suspend suspended suspension suspends freeze frozen froze freezing приостановила "
        "заморозила"
    ),
    "status": words_of("status standing currently current still now today history timeline"),
    "former": words_of("former ex past previous no longer used formerly бывшие"),
    "observer": words_of(
        "observer observers partner partners partnership наблюдатель наблюдатели партнер"
    ),
    "when": words_of("when date year since когда"),
    "where": words_of("where city location venue host hosted hosts held located где"),
    "decision": words_of(
        "decide decided decides decision decisions adopt adopted approve approved agree "
        "agreed agreement outcome outcomes result results sign signed document documents "
        "declaration statement resolved accomplished achieve achieved решения решили"
    ),
    "attendance": words_of(
        "attend attended attendees attending attendance present participants participated "
        "came represented representing delegation leaders"
    ),
    "absence": words_of(
        "absent absence absences skip skipped skipping miss missed boycott boycotted stay "
        "stayed away didn't didnt not attend why excuse reason"
    ),
    "presidency": words_of(
        "presidency president chair chaired chairs chairmanship chairman rotating rotation "
        "handed handover took takes over assume assumed preside presided председательство"
    ),
    "timeline": words_of("timeline chronology events happened sequence history key"),
    "parties": words_of("parties sides side fought fighting belligerents involved between"),
    "role": words_of(
        "role stance position response respond responded react reacted reaction intervene "
        "intervened intervention help helped send sent deploy deployed view involvement act "
        "acted refuse refused"
    ),
    "founded": words_of(
        "founded found establish established establishment created create creation formed "
        "form founding origin origins began begin start started set birth inception born "
        "основана создана"
    ),
    "headquarters": words_of(
        "headquarters hq headquartered based seat located location office offices штаб "
        "квартира where"
    ),
    "name": words_of(
        "stand stands abbreviation acronym mean means meaning full name called short "
        "расшифровка abbreviated english translation translate"
    ),
    "secretary": words_of(
        "secretary secretaries general generals sg sec gen генсек генеральный секретарь"
    ),
    "leader": words_of("head heads leader leads lead runs run chief boss"),
    "who": words_of("who whom кто"),
    "what": words_of("what что"),
    "overview": words_of("what overview summary explain describe tell about"),
    "said": words_of(
        "say said says saying statement statements quote quoted claim claimed argue argued "
        "told remark remarks warn warned urged announce announced sayings"
    ),
    "role_person": words_of("role position post job title office held hold"),
    # Asking how big something is; "troops" alone names a subject, it asks nothing.
    "size": words_of("size strong strength many big large numbered"),
    "casualties": words_of(
        "killed dead deaths death casualties casualty died injured wounded toll victims"
    ),
}

SUMMIT_WORDS = words_of(
    "summit summits session sessions meeting meetings sammit саммит саммите заседание"
)
CONFLICT_WORDS = words_of(
    "conflict conflicts war wars clash clashes fighting fight fought unrest protests protest "
    "riots crisis crises deployment deployed deploy operation mission peacekeepers "
    "peacekeeping intervention intervene troops soldiers forces force sent send border "
    "incursion offensive ceasefire blockade blocked drill drills exercise exercises threat "
    "threats appeal appealed appeals killed died deaths casualties strike struck attack "
    "attacked commanded commander withdrawal contingent death toll dead injured wounded"
)

# The conflict words that name what a question is about rather than what it asks.
CONFLICT_NOUNS = words_of(
    "conflict conflicts war wars clash clashes fighting fight unrest crisis crises protests "
    "protest riots deployment operation mission troops soldiers forces force peacekeepers "
    "peacekeeping"
)

# Words whose topic tag in the knowledge says what they ask about (used to rank facts).
TOPIC_WORDS: dict[str, frozenset[str]] = {
    "size": CUES["size"],
    "casualties": CUES["casualties"],
    "base": words_of("base bases military gyumri garrison"),
    "budget": words_of("budget fund funding money pay"),
    "exercise": words_of("exercise exercises drill drills maneuvers manoeuvres training"),
    "founded": CUES["founded"],
    "headquarters": words_of("headquarters hq headquartered seat"),
    "rules": words_of("rule rules article charter clause consensus require requires"),
    "name": CUES["name"],
    "language": words_of("language languages"),
    "leadership": words_of("head leader chief commander commanded led"),
    "forces": words_of("force forces units troops peacekeepers"),
    "mission": words_of("mission missions task"),
    "stance": CUES["role"],
    "observers": CUES["observer"],
    "partners": CUES["observer"],
    "presidency": CUES["presidency"],
    "decision": CUES["decision"],
    "absence": CUES["absence"],
    "attendance": CUES["attendance"],
    "statement": CUES["said"],
    "treaty": words_of("treaty signed protocol agreement"),
    "members": words_of("member members membership"),
}

# Pronouns and elliptical openers that point back to the previous subject.
ANAPHORA = words_of("it its he she his her him they them their there that this same")
FOLLOWUP_OPENERS = words_of("and what how about also then")

# Words a question uses for what the facts say with other words ("what caused" ~ "sparked by").
SYNONYMS: dict[str, tuple[str, ...]] = {
    "cause": ("sparked", "triggered", "over", "because"),
    "caused": ("sparked", "triggered", "over", "because"),
    "started": ("began", "start", "sparked"),
    "start": ("began", "started"),
    "begin": ("began", "start"),
    "end": ("ended", "ceasefire"),
    "killed": ("dead", "deaths", "toll"),
    "died": ("dead", "deaths", "toll"),
    "toll": ("dead", "deaths", "killed"),
    "troops": ("personnel", "forces", "contingent", "units"),
    "soldiers": ("personnel", "troops", "forces"),
    "leave": ("withdrawal", "withdrew", "left"),
    "arrive": ("arrived",),
    "help": ("assistance", "appeal", "appealed"),
    "ask": ("appeal", "appealed", "request", "requested", "invoked"),
    "asked": ("appeal", "appealed", "request", "requested", "invoked"),
    "deployment": ("deploy", "troops", "sent"),
    "agreed": ("agreement", "signed"),
    "article": ("art",),
    "freeze": ("frozen", "froze"),
    "froze": ("frozen", "freeze"),
    "led": ("commanded", "commander", "headed", "head", "chief", "chaired"),
    "lead": ("commanded", "commander", "headed", "head", "chief", "chaired"),
    "guard": ("protected", "protect", "guarded"),
    "guarded": ("protected", "protect", "guard"),
    "protect": ("guarded", "guard", "protected"),
    "triggered": ("sparked", "cause", "caused", "over"),
    "trigger": ("sparked", "cause", "caused", "over"),
    "sparked": ("triggered", "caused"),
    "declare": ("proclaimed", "proclamation", "declaration"),
    "declared": ("proclaimed", "proclamation", "declaration"),
    "plan": ("programme", "program", "strategy"),
}

# How facts give a reason; a "why" question looks for them.
WHY_WORDS = words_of("because cited citing reason over sparked objection said after since")

# Words that narrow a question without saying what it is about ("the last summit", "first").
NOT_SPECIFIC = words_of(
    "last latest recent newest current currently now today present first earliest initial "
    "next previous before after ago year years month day exact exactly precise precisely "
    "later earlier right true correct really actually roughly approximately people person "
    "persons thing things"
)

# Summit words that ask for one special kind of session.
EXTRAORDINARY = words_of("extraordinary emergency informal online virtual videoconference")

# Words that name the organization itself (as opposed to domain words like "summit").
ORG_WORDS = words_of("csto odkb одкб alliance bloc organization organisation treaty")

# Words that, with no entity, mark a question as about something else entirely.
OFF_TOPIC = words_of(
    "weather rain forecast temperature sunny snow football soccer basketball tennis score "
    "match goal recipe cook cooking bake pizza pasta joke jokes funny song sing poem poetry "
    "movie film python javascript code coding program bitcoin crypto stock stocks price "
    "horoscope dating love translate homework"
)

# Words that place a question in time or in a sequence, or point at people.
MEMBER_WORDS = words_of(
    "member members membership countries states country nations part belong belongs "
    "члены член страны stran strany"
)
UPCOMING = frozenset(["next", "upcoming", "future", "coming", "planned"])
PERSONAL_PRONOUNS = frozenset(["he", "she", "him", "his", "her"])
BEFORE = frozenset(["before", "previous", "predecessor", "preceded", "prior"])
AFTER = frozenset(["after", "next", "successor", "succeeded", "followed", "replaced"])
LATEST = frozenset(
    ["last", "latest", "recent", "newest", "current", "now", "today", "currently", "present"]
)
EARLIEST = frozenset(["first", "earliest", "initial"])

# Every word the lexicon knows: a question made of these and of the facts' words is understood.
KNOWN = frozenset().union(
    DOMAIN, SUMMIT_WORDS, CONFLICT_WORDS, NOT_SPECIFIC, EXTRAORDINARY, ORG_WORDS, ANAPHORA,
    FOLLOWUP_OPENERS, MEMBER_WORDS, UPCOMING, PERSONAL_PRONOUNS, BEFORE, AFTER, LATEST, EARLIEST,
    *CUES.values(), *TOPIC_WORDS.values(), SYNONYMS, *SYNONYMS.values(),
)  # fmt: skip
