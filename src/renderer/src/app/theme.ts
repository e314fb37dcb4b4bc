import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type DrawerProps,
  darken,
  lighten,
  luminance,
  type MantineColorsTuple,
  type ModalProps,
  Paper,
  type TooltipProps,
} from '@mantine/core'
import { i18n } from '../lib/i18n'

/** Thordata blue: calm enough for a tool left open all day, strong enough for the one primary action per view. */
const brand: MantineColorsTuple = [
  '#edf1ff',
  '#d9e0fc',
  '#b1bff2',
  '#869ae9',
  '#627ce2',
  '#4b68de',
  '#3e5ddd',
  '#304dc4',
  '#2844b0',
  '#1b3a9c',
]

/**
 * Every modal's and drawer's × has a name. A getter, because the theme is made once and the language can change:
 * Mantine spreads these props into the button at each render, so the name is read in the current language.
 */
const closeButtonName = {
  get 'aria-label'() {
    return i18n.t('common:actions.close')
  },
}

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 6, dark: 5 },
  colors: { brand },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  components: {
    ActionIcon: ActionIcon.extend({ defaultProps: { variant: 'default' } }),
    Alert: Alert.extend({ defaultProps: { radius: 'md' } }),
    Badge: Badge.extend({ defaultProps: { tt: 'none', fw: 600 } }),
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    Card: Card.extend({ defaultProps: { withBorder: true, radius: 'lg', padding: 'lg', shadow: 'xs' } }),
    // Plain objects, not Modal.extend(): naming the components here would put them (with their portals, scroll
    // locks and floating positioning) in the entry bundle, which the first paint does not need.
    Drawer: { defaultProps: { closeButtonProps: closeButtonName } satisfies Partial<DrawerProps> },
    Modal: {
      defaultProps: {
        radius: 'lg',
        centered: true,
        overlayProps: { backgroundOpacity: 0.45, blur: 2 },
        closeButtonProps: closeButtonName,
      } satisfies Partial<ModalProps>,
    },
    Paper: Paper.extend({ defaultProps: { radius: 'lg' } }),
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } satisfies Partial<TooltipProps> },
  },
})

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** `color`, darkened (or lightened) in small steps until it reads at AA (4.5:1, with a margin) on `surface`. */
function readableOn(color: string, surface: string, direction: 'darker' | 'lighter'): string {
  for (let step = 0; step <= 20; step++) {
    const shifted = step === 0 ? color : (direction === 'darker' ? darken : lighten)(color, step * 0.05)
    if (contrast(shifted, surface) >= 4.6) return shifted
  }
  return direction === 'darker' ? '#000000' : '#ffffff'
}

/**
 * Text colours that pass WCAG AA in both schemes. Mantine's defaults do not: dimmed text is 3.2:1 on the light
 * canvas and 4.3:1 on the dark one, a "light" badge's text (shade 9 on shade 1) is 3.6–4.3:1, and coloured text
 * (shade 6 in light, shade 4 in dark) is as low as 2:1, and white on a filled red button is 2.8–3.3:1. Each colour's text is checked against the darkest light
 * surface it sits on (its own shade-1 tint) and the lightest dark one (a card, #2e2e2e).
 */
function readableColours(colorScheme: 'light' | 'dark') {
  // The resolver runs on every provider render; the answer depends only on the scheme.
  const known = readable[colorScheme]
  if (known) return known
  const variables: Record<string, string> = {}
  const colors = { ...DEFAULT_THEME.colors, brand }
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark' || name === 'gray') continue
    // Filled buttons, badges and bars carry white text (Mantine's default; autoContrast is off).
    const filled = readableOn(shades[colorScheme === 'light' ? 6 : 5], '#ffffff', 'darker')
    variables[`--mantine-color-${name}-filled`] = filled
    variables[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1)
    if (colorScheme === 'light') {
      variables[`--mantine-color-${name}-text`] = readableOn(shades[6], shades[1], 'darker')
      variables[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[1], 'darker')
    } else {
      variables[`--mantine-color-${name}-text`] = readableOn(shades[4], DEFAULT_THEME.colors.dark[6], 'lighter')
    }
  }
  readable[colorScheme] = variables
  return variables
}

const readable: Partial<Record<'light' | 'dark', Record<string, string>>> = {}

/** App surfaces that differ between light and dark: the canvas behind cards, and the chrome around it. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--app-canvas': '#f8f9fb',
    '--app-chrome': t.white,
    '--app-card': t.white,
    ...readableColours('light'),
    // 4.9:1 even on gray-2 (#e9ecef, a hovered row); Mantine's gray-6 is 3.3:1 on white.
    '--mantine-color-dimmed': '#5f6670',
    '--mantine-color-error': readableOn(DEFAULT_THEME.colors.red[6], DEFAULT_THEME.colors.gray[1], 'darker'),
    '--mantine-color-anchor': 'var(--mantine-color-brand-text)',
  },
  dark: {
    '--app-canvas': t.colors.dark[8],
    '--app-chrome': t.colors.dark[7],
    '--app-card': t.colors.dark[7],
    ...readableColours('dark'),
    // 4.6:1 even on dark-5 (#3b3b3b, an input or hovered row); Mantine's dark-2 is 3.5:1 on a card.
    '--mantine-color-dimmed': '#a6a6a6',
    '--mantine-color-error': readableOn(DEFAULT_THEME.colors.red[6], DEFAULT_THEME.colors.dark[5], 'lighter'),
    '--mantine-color-anchor': 'var(--mantine-color-brand-text)',
  },
})
