// A TypeDoc plugin (typedoc.json `plugin`) for the one type TypeDoc cannot show usefully: the
// statechart's. `sessionMachine` is inferred by XState's `setup()`, and TypeDoc writes out its type
// arguments in full: every machine event, actor input and context field, internal types all, as
// ~1500 undocumented members on two pages. The reference shows them as `StateMachine<…>` and
// `Actor<typeof sessionMachine>` instead; the states themselves are in docs/state-diagram.md.
import { Converter, QueryType, ReferenceType, ReflectionType } from 'typedoc'

/** Every object type nested in `type`, however deep (type arguments, unions, signatures). */
function objectTypesIn(type, found = []) {
  if (type instanceof ReflectionType) found.push(type.declaration)
  for (const value of Object.values(type ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item && typeof item === 'object' && typeof item.type === 'string' && item !== type)
        objectTypesIn(item, found)
    }
  }
  return found
}

/** Replaces a reference's type arguments, dropping the reflections made for the old ones. */
function setTypeArguments(project, reflection, typeArguments) {
  if (!(reflection?.type instanceof ReferenceType)) {
    throw new Error(
      `typedocPlugin: ${reflection?.getFullName()} is no longer a reference; update the plugin.`,
    )
  }
  for (const declaration of (reflection.type.typeArguments ?? []).flatMap((type) => objectTypesIn(type)))
    project.removeReflection(declaration)
  reflection.type.typeArguments = typeArguments
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context
    const machine = project.getChildByName(['lanyard', 'sessionMachine'])
    const actor = project.getChildByName(['lanyard', 'Session', 'actor'])
    setTypeArguments(project, machine, undefined)
    setTypeArguments(project, actor, [
      new QueryType(ReferenceType.createResolvedReference('sessionMachine', machine, project)),
    ])
  })
}
