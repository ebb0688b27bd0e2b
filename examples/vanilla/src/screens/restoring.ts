import { h } from '../dom'
import type { Screen } from '../screen'
import { progress } from './shared'

/** `restoring` (an async storage, or cookie mode asking the server): nothing to do but wait. */
export function restoringScreen(): Screen {
  const el = h('section', { class: 'card', 'aria-busy': 'true' }, progress('Restoring your session…'))
  return { el, update() {} }
}

/** Back from a social provider (`social.verifying`): the code is being exchanged for a session. */
export function finishingScreen(): Screen {
  const el = h(
    'section',
    { class: 'card', 'aria-busy': 'true' },
    progress('Finishing sign-in…', 'Checking the answer from your sign-in provider.'),
  )
  return { el, update() {} }
}
