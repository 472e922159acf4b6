"""Building the engine's facts (flashpoint.extract.facts) from values it made itself, without validating them again."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

from flashpoint.extract.facts import ActorRole, Enrichment, Incident, Location

ModelT = TypeVar("ModelT", bound=BaseModel)


_set_attribute = object.__setattr__


def _is_plain(model: type[BaseModel]) -> bool:
    """Whether validating `model` can only check and copy (no aliases, validators, extra or private
    attributes, post-init hook): then trusted values can be set directly (construct_model)."""
    decorators = model.__pydantic_decorators__
    return not (
        model.__pydantic_post_init__ or model.model_config.get("extra") == "allow" or model.__private_attributes__
        or any(f.alias or f.validation_alias for f in model.model_fields.values())
        or decorators.validators or decorators.field_validators or decorators.root_validators
        or decorators.model_validators
    )


_FIELD_COUNT = {
    model: len(model.model_fields) for model in (Location, Incident, ActorRole, Enrichment) if _is_plain(model)
}


def construct_model(model: type[ModelT], values: dict, unset: tuple[str, ...] = ()) -> ModelT:
    """model(**values) for values the engine built (right types, fresh lists), without validation
    (half the cost for a model holding other models and lists; a location is built per place named).

    Like model_construct, but `values` names every field, in the model's order; fields in `unset`
    hold their defaults and are not marked as set (as if left out of model(**values))."""
    if _FIELD_COUNT.get(model) != len(values):  # the model changed: validate
        return model(**{k: v for k, v in values.items() if k not in unset})
    instance = object.__new__(model)
    _set_attribute(instance, "__dict__", values)
    _set_attribute(instance, "__pydantic_fields_set__", set(values).difference(unset) if unset else set(values))
    _set_attribute(instance, "__pydantic_extra__", None)
    _set_attribute(instance, "__pydantic_private__", None)
    return instance
