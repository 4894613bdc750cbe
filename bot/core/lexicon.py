"""Words that signal what a question asks. Language knowledge only: no country, summit or conflict.

Each cue set holds normalised tokens (see bot.core.normalize); phrases are matched as token runs.
"""

from __future__ import annotations

STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but is are was were be been being do does did
    done has have had it its it's this that these those there their them they he she his her him i me
    my we our you your what which who whom whose when where why how please tell me about can could
    would will shall should may might any some all as into than then so if not no yes ok okay hi hello
    hey bot just also still ever again one ones there's whats what's whos who's hows
    и в во на по с со о об от до за из к ко у что кто где когда как ли же а но это""".split()
)

# Words that say a question is about this domain even when no entity is named.
DOMAIN = frozenset(
    """csto odkb одкб alliance bloc treaty organization organisation member members membership
    summit summits session sessions secretary general council collective security charter
    observer observers partner partners presidency chairmanship ksor crrf peacekeepers""".split()
)

CUES: dict[str, frozenset[str]] = {
    "list": frozenset(
        "members member states countries list which membership belong belongs consists "
        "член члены состав страны входят".split()
    ),
    "count": frozenset("how many number count сколько".split()),
    "join": frozenset(
        "join joined joins joining accede acceded accession accede signed sign signatory "
        "became become enter entered entry admitted original founding вступила вступил "
        "присоединилась".split()
    ),
    "leave": frozenset(
        "leave left leaves leaving quit quits quitting withdraw withdrew withdrawn withdrawal "
        "exit exited exits depart departed departure renew renewal вышла вышел выход".split()
    ),
    "return": frozenset("rejoin rejoined return returned returns back came come comeback".split()),
    "suspend": frozenset(
        "suspend suspended suspension suspends freeze frozen froze freezing "
        "приостановила заморозила".split()
    ),
    "status": frozenset(
        "status standing currently current still now today history timeline".split()
    ),
    "former": frozenset("former ex past previous no longer used formerly бывшие".split()),
    "observer": frozenset(
        "observer observers partner partners partnership наблюдатель наблюдатели партнер".split()
    ),
    "when": frozenset("when date year since когда".split()),
    "where": frozenset("where city location venue host hosted hosts held located где".split()),
    "decision": frozenset(
        "decide decided decides decision decisions adopt adopted approve approved agree agreed "
        "agreement outcome outcomes result results sign signed document documents declaration "
        "statement resolved accomplished achieve achieved решения решили".split()
    ),
    "attendance": frozenset(
        "attend attended attendees attending attendance present participants participated "
        "came represented representing delegation leaders".split()
    ),
    "absence": frozenset(
        "absent absence absences skip skipped skipping miss missed boycott boycotted stay "
        "stayed away didn't didnt not attend why excuse reason".split()
    ),
    "presidency": frozenset(
        "presidency president chair chaired chairs chairmanship chairman rotating rotation "
        "handed handover took takes over assume assumed preside presided председательство".split()
    ),
    "timeline": frozenset("timeline chronology events happened sequence history key".split()),
    "parties": frozenset(
        "parties sides side fought fighting belligerents involved between".split()
    ),
    "role": frozenset(
        "role stance position response respond responded react reacted reaction intervene "
        "intervened intervention help helped send sent deploy deployed view "
        "involvement act acted refuse refused".split()
    ),
    "founded": frozenset(
        "founded found establish established establishment created create creation formed "
        "form founding origin origins began begin start started set birth inception born "
        "основана создана".split()
    ),
    "headquarters": frozenset(
        "headquarters hq headquartered based seat located location office offices штаб квартира "
        "where".split()
    ),
    "name": frozenset(
        "stand stands abbreviation acronym mean means meaning full name called short расшифровка "
        "abbreviated".split()
    ),
    "secretary": frozenset(
        "secretary secretaries general generals sg sec gen генсек генеральный секретарь".split()
    ),
    "leader": frozenset("head heads leader leads lead runs run chief boss".split()),
    "who": frozenset("who whom кто".split()),
    "what": frozenset("what что".split()),
    "overview": frozenset("what overview summary explain describe tell about".split()),
    "said": frozenset(
        "say said says saying statement statements quote quoted claim claimed argue argued told "
        "remark remarks warn warned urged announce announced sayings".split()
    ),
    "role_person": frozenset("role position post job title office held hold".split()),
    "size": frozenset(
        "troops soldiers personnel size strong strength forces force how many big large "
        "contingent".split()
    ),
    "casualties": frozenset(
        "killed dead deaths death casualties casualty died injured wounded toll victims".split()
    ),
}

SUMMIT_WORDS = frozenset(
    "summit summits session sessions meeting meetings sammit саммит саммите заседание".split()
)
CONFLICT_WORDS = frozenset(
    """conflict conflicts war wars clash clashes fighting fight fought unrest protests protest riots
    crisis crises deployment deployed deploy operation mission peacekeepers peacekeeping intervention
    intervene troops soldiers forces force sent send border incursion offensive ceasefire blockade
    blocked drill drills exercise exercises threat threats appeal appealed appeals killed died deaths
    casualties strike struck attack attacked commanded commander withdrawal contingent""".split()
)

# Words whose topic tag in the knowledge says what they ask about (used to rank facts).
TOPIC_WORDS: dict[str, frozenset[str]] = {
    "size": CUES["size"],
    "casualties": CUES["casualties"],
    "base": frozenset("base bases military gyumri garrison".split()),
    "budget": frozenset("budget fund funding money pay".split()),
    "exercise": frozenset("exercise exercises drill drills maneuvers manoeuvres training".split()),
    "founded": CUES["founded"],
    "headquarters": frozenset("headquarters hq headquartered seat".split()),
    "rules": frozenset("rule rules article charter clause consensus require requires".split()),
    "name": CUES["name"],
    "language": frozenset("language languages".split()),
    "leadership": frozenset("head leader chief commander commanded led".split()),
    "forces": frozenset("force forces units troops peacekeepers".split()),
    "mission": frozenset("mission missions task".split()),
    "stance": CUES["role"],
    "observers": CUES["observer"],
    "partners": CUES["observer"],
    "presidency": CUES["presidency"],
    "decision": CUES["decision"],
    "absence": CUES["absence"],
    "attendance": CUES["attendance"],
    "statement": CUES["said"],
    "treaty": frozenset("treaty signed protocol agreement".split()),
    "members": frozenset("member members membership".split()),
}

# Pronouns and elliptical openers that point back to the previous subject.
ANAPHORA = frozenset("it its he she his her him they them their there that this same".split())
FOLLOWUP_OPENERS = frozenset("and what how about also then".split())

# Summit words that ask for one special kind of session.
EXTRAORDINARY = frozenset("extraordinary emergency informal online virtual videoconference".split())

# Words that name the organization itself (as opposed to domain words like "summit").
ORG_WORDS = frozenset("csto odkb одкб alliance bloc organization organisation treaty".split())

# Words that, with no entity, mark a question as about something else entirely.
OFF_TOPIC = frozenset(
    """weather rain forecast temperature sunny snow football soccer basketball tennis score match
    goal recipe cook cooking bake pizza pasta joke jokes funny song sing poem poetry movie film
    python javascript code coding program bitcoin crypto stock stocks price horoscope dating love
    translate homework""".split()
)
