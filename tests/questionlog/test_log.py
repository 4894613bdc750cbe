"""The question log on a real SQLite file: what is stored, privacy, bursts, two processes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from bot.core.api import Context
from bot.core.engine import Engine
from bot.observability import LoggedAnswerer
from bot.questionlog.answer import answer_id_of
from bot.questionlog.privacy import Hasher, load_or_create_salt
from tests.questionlog.helpers import open_log, rows

ROOT = Path(__file__).resolve().parents[2]
CONTEXT = Context(conversation="discord:4242:777001", platform="discord", user="777001")


def test_a_question_is_logged_with_its_outcome_facts_and_version(logged: LoggedAnswerer, db):
    """An answered question lands in the file with outcome, intent, facts and knowledge version."""
    answer = logged.answer("When did Azerbaijan leave the CSTO?", CONTEXT)
    assert logged.questions is not None and logged.questions.flush()
    [row] = rows(db)
    assert answer.answered
    assert row["id"] == answer_id_of(answer)
    assert row["outcome"] == "answered"
    assert row["platform"] == "discord"
    assert row["question"] == "When did Azerbaijan leave the CSTO?"
    assert row["knowledge_version"] == answer.knowledge_version
    assert json.loads(row["facts"]) == [fact.id for fact in answer.facts]
    assert row["confidence"] == answer.confidence


def test_outcomes_tell_abstentions_and_refusals_apart(logged: LoggedAnswerer, db):
    """An off-topic question is logged as refused, an unknown CSTO one as not answered."""
    logged.answer("what's the weather in moscow", CONTEXT)
    logged.answer("who is the csto mascot", CONTEXT)
    assert logged.questions is not None and logged.questions.flush()
    outcomes = [row["outcome"] for row in rows(db)]
    assert outcomes[0] == "refused"
    assert outcomes[1] in {"abstained", "asked_back"}


def test_no_user_or_channel_id_is_stored_by_default(logged: LoggedAnswerer, db):
    """Without the opt-in, neither the user id nor the channel id appears anywhere in the file."""
    logged.answer("When did Azerbaijan leave the CSTO?", CONTEXT)
    assert logged.questions is not None and logged.questions.flush()
    logged.questions.close()
    [row] = rows(db)
    assert row["user_hash"] is None
    assert row["conversation"] and "4242" not in row["conversation"]
    stored = b"".join(path.read_bytes() for path in db.parent.glob("questions.sqlite3*"))
    assert b"777001" not in stored
    assert b"4242" not in stored


def test_opted_in_user_ids_are_stored_only_as_salted_hashes(db, engine: Engine):
    """With LOG_USER_IDS the user is kept as an HMAC with the install's salt, never in clear."""
    log = open_log(db, engine, users=True)
    LoggedAnswerer(engine, questions=log).answer("When did Azerbaijan leave the CSTO?", CONTEXT)
    log.close()
    [row] = rows(db)
    salt = load_or_create_salt(db)
    assert row["user_hash"] == Hasher(salt)("777001")
    assert "777001" not in row["user_hash"]
    assert b"777001" not in db.read_bytes()
    assert (db.parent / "questions.sqlite3.salt").stat().st_mode & 0o077 == 0


def test_a_burst_of_500_questions_loses_no_row(logged: LoggedAnswerer, db):
    """500 questions asked from five threads at once are all in the file afterwards."""

    def ask(worker: int) -> None:
        for turn in range(100):
            logged.answer(f"who is {worker}-{turn}", Context(platform="slack"))

    threads = [threading.Thread(target=ask, args=(worker,)) for worker in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert logged.questions is not None
    logged.questions.close()
    assert len(rows(db)) == 500
    assert logged.questions.problem is None


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bot.core.api import Answer
    from bot.questionlog.log import LogOptions, QuestionLog
    from bot.questionlog.writer import WriterLimits

    log = QuestionLog(LogOptions(Path(sys.argv[1]), limits=WriterLimits(batch_size=7)))
    answer = Answer(question="q", answered=False, text="t", confidence=0.0, intent="abstain")
    for number in range(400):
        log.record(f"{sys.argv[2]} question {number}", None, answer)
    log.close()
    """
)


def test_two_processes_writing_one_file_lose_nothing(db):
    """Two processes (an old bot and its restart) writing the same file at once keep every row."""
    db.parent.mkdir(parents=True)
    command = [sys.executable, "-c", WRITER, str(db)]
    children = [
        subprocess.Popen([*command, name], cwd=ROOT, stderr=subprocess.PIPE)
        for name in ("old", "new")
    ]
    for child in children:
        _, errors = child.communicate(timeout=60)
        assert child.returncode == 0, errors
    questions = [row["question"] for row in rows(db)]
    assert len(questions) == 800
    assert sum(q.startswith("old") for q in questions) == 400
