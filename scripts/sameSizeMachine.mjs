// A plain XState machine of `sessionMachine`'s size, for the cold-start baseline (issue 22: "XState's own
// createActor(...).start() of a machine of the same size"): the same state nodes, initial states,
// events, targets and invokes, with none of lanyard's code. Guards are constants chosen so that its
// first snapshot takes the path a restored session takes; invokes run one no-op callback actor;
// actions are left out (they are lanyard's code, which the lanyard side of the ratio pays for).

/** JavaScript source of the machine's config, built from the state nodes of `machine`. */
export function sameSizeConfig(machine, activeIds) {
  const target = (t) => (t.target?.length ? { target: t.target.map((node) => `#${node.id}`) } : {})
  const node = (state) => {
    const config = { id: state.id }
    if (state.type !== 'atomic' && state.type !== 'compound') config.type = state.type
    if (state.initial?.target?.length) config.initial = state.initial.target[0].key
    const on = {}
    for (const [event, transitions] of state.transitions) {
      on[event] = transitions.map((t) => ({ ...target(t), ...(t.guard ? { guard: 'no' } : {}) }))
    }
    if (Object.keys(on).length > 0) config.on = on
    if (state.always?.length) {
      // The transition a restored session takes is the first whose target it ends in, or the unguarded one.
      const taken = state.always.findIndex((t) => t.target?.some((n) => activeIds.has(n.id)))
      config.always = state.always.map((t, i) => ({
        ...target(t),
        ...(t.guard || (taken >= 0 && i !== taken) ? { guard: i === taken ? 'yes' : 'no' } : {}),
      }))
    }
    if (state.invoke.length > 0) config.invoke = state.invoke.map((i) => ({ id: i.id, src: 'noop' }))
    const children = Object.values(state.states)
    if (children.length > 0) config.states = Object.fromEntries(children.map((c) => [c.key, node(c)]))
    return config
  }
  return JSON.stringify(node(machine.root))
}
