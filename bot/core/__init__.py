"""The platform-neutral core: question text in, a sourced and dated Answer out.

knowledge/      load and check knowledge/*.yaml into a Catalog            (once, at start)
language/       normalise the text, find dates, link names to entities    (per question)
understanding/  decide the intent and the subjects, resolve follow-ups
answering/      respond per kind of subject, retrieve facts, compose the Answer
api.py          Answer, Context and the Answerer port that adapters import; engine.py wires it
"""
