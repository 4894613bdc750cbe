"""Every intent the engine knows: what a question asks for, as a closed set mypy can check."""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    """What a question asks for. Values are the stable strings answers and logs carry."""

    # Membership of one country, or of the organization as a whole.
    MEMBER_IS = "member.is"
    MEMBER_STATUS = "member.status"
    MEMBER_JOINED = "member.joined"
    MEMBER_LEFT = "member.left"
    MEMBER_SUSPENDED = "member.suspended"
    MEMBER_REJOINED = "member.rejoined"
    MEMBER_LIST = "member.list"
    MEMBER_COUNT = "member.count"
    MEMBER_AT_DATE = "member.at_date"
    MEMBER_FORMER = "member.former"
    MEMBER_ORIGINAL = "member.original"
    MEMBER_OBSERVERS = "member.observers"
    MEMBER_CLOSED_WORLD = "member.closed_world"
    # Summits and sessions.
    SUMMIT_OVERVIEW = "summit.overview"
    SUMMIT_WHEN_WHERE = "summit.when_where"
    SUMMIT_DECISIONS = "summit.decisions"
    SUMMIT_ATTENDANCE = "summit.attendance"
    SUMMIT_ABSENCES = "summit.absences"
    SUMMIT_PRESIDENCY = "summit.presidency"
    SUMMIT_LIST = "summit.list"
    SUMMIT_NEXT = "summit.next"
    # Conflicts and crises.
    CONFLICT_OVERVIEW = "conflict.overview"
    CONFLICT_WHEN = "conflict.when"
    CONFLICT_YEAR = "conflict.year"
    CONFLICT_PARTIES = "conflict.parties"
    CONFLICT_ROLE = "conflict.role"
    CONFLICT_TIMELINE = "conflict.timeline"
    # People.
    PERSON_OVERVIEW = "person.overview"
    PERSON_ROLES = "person.roles"
    PERSON_STATEMENTS = "person.statements"
    # Bodies of the organization.
    BODY_OVERVIEW = "body.overview"
    BODY_FOUNDED = "body.founded"
    BODY_LEADERSHIP = "body.leadership"
    # Military exercises.
    EXERCISE_OVERVIEW = "exercise.overview"
    EXERCISE_WHEN = "exercise.when"
    EXERCISE_WHERE = "exercise.where"
    EXERCISE_SCENARIO = "exercise.scenario"
    EXERCISE_SIZE = "exercise.size"
    EXERCISE_LIST = "exercise.list"
    # The organization itself.
    ORG_OVERVIEW = "org.overview"
    ORG_FOUNDED = "org.founded"
    ORG_HEADQUARTERS = "org.headquarters"
    ORG_NAME = "org.name"
    ORG_PRESIDENCY = "org.presidency"
    ORG_SECRETARIES = "org.secretaries"
    ORG_YEAR = "org.year"
    # Who held an office before or after someone, or in a given place of its order.
    OFFICE_SUCCESSION = "office.succession"
    # Not tied to a kind of subject.
    FACTS_SEARCH = "facts.search"
    CLARIFY = "clarify"
    ABSTAIN = "abstain"
    UNRESOLVED = "unresolved"
    HELP = "help"
    ERROR = "error"

    @property
    def family(self) -> str:
        """The part before the dot ("member" for "member.joined"); the whole value otherwise."""
        return self.value.split(".", 1)[0]


# Records of who held an office: they answer "who headed it" by naming the holder.
HOLDER_RECORDS: frozenset[Intent] = frozenset(
    {
        Intent.ORG_SECRETARIES,
        Intent.ORG_PRESIDENCY,
        Intent.BODY_LEADERSHIP,
        Intent.OFFICE_SUCCESSION,
    }
)
