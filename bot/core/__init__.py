"""The platform-neutral core: question text in, a sourced and dated Answer out.

knowledge/      load and check knowledge/*.yaml into a Catalog            (once, at start)
language/       normalise the text, find dates, link names to entities    (per question)
understanding/  decide the intent and the subjects, resolve follow-ups
answering/      respond per kind of subject, retrieve facts, compose the Answer
api.py          Answer, Context and the Answerer port that adapters import; engine.py wires it
engine.py       wires the stages; beside it, the steps it leans on: loaded.py (what is derived
                from one Knowledge), asking.py (what steps that ask again may use),
                claim_checks.py, question_parts.py, in_order.py ("which came first"),
                in_context.py and remembering.py (follow-ups), replies.py, closed_world.py,
                and trust/ (the checks an answer must pass to be given)
"""
