"""What happened: event mentions of all 16 PLOVER types in one parsed article.

``extractor`` finds triggers (the trigger tables and the trained trigger
model), their participants in the dependency parse, status, mode and date;
``model`` is the trained part: features of a candidate trigger and the linear
model that scores them (weights in ``data/models``).
"""

from tidings.events.extractor import Extractor, context_words, mode_cues, triggers, type_rules

__all__ = ["Extractor", "context_words", "mode_cues", "triggers", "type_rules"]
