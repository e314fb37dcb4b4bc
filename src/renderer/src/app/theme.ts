import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  Modal,
  Paper,
  Tooltip,
} from '@mantine/core'

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
    Modal: Modal.extend({
      defaultProps: { radius: 'lg', centered: true, overlayProps: { backgroundOpacity: 0.45, blur: 2 } },
    }),
    Paper: Paper.extend({ defaultProps: { radius: 'lg' } }),
    Tooltip: Tooltip.extend({ defaultProps: { openDelay: 400, withArrow: true } }),
  },
})

/** App surfaces that differ between light and dark: the canvas behind cards, and the chrome around it. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--app-canvas': '#f8f9fb',
    '--app-chrome': t.white,
    '--app-card': t.white,
  },
  dark: {
    '--app-canvas': t.colors.dark[8],
    '--app-chrome': t.colors.dark[7],
    '--app-card': t.colors.dark[7],
  },
})
