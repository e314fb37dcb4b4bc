import { Box, Text, type TextProps } from '@mantine/core'

export interface FitNumberProps extends Omit<TextProps, 'fz'> {
  /** The formatted figure: "12.50 GB", "$1,234.50". */
  children: string
  /** The size it has when there is room (px). */
  maxSize?: number
  /** The smallest it shrinks to before it is cut with an ellipsis (px). */
  minSize?: number
}

/** Average glyph width of tabular figures in the app's font, as a share of the font size. */
const GLYPH_WIDTH = 0.62

/**
 * The font size that fits `text` in its container's width: container-query units, so it follows the card as the
 * window narrows, with no measuring and no re-render.
 */
export function fitFontSize(text: string, maxSize: number, minSize: number): string {
  const chars = Math.max(1, [...text].length)
  return `clamp(${minSize}px, calc(100cqi / ${(chars * GLYPH_WIDTH).toFixed(2)}), ${maxSize}px)`
}

/** A headline figure that shrinks to fit its card instead of overflowing it (cards stack and narrow at 900 px). */
export function FitNumber({ children, maxSize = 32, minSize = 18, style, ...textProps }: FitNumberProps) {
  return (
    <Box style={{ containerType: 'inline-size', minWidth: 0 }}>
      <Text
        fw={700}
        lh={1.15}
        title={children}
        {...textProps}
        style={{
          fontSize: fitFontSize(children, maxSize, minSize),
          letterSpacing: '-0.02em',
          fontVariantNumeric: 'tabular-nums',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          ...(typeof style === 'object' ? style : {}),
        }}
      >
        {children}
      </Text>
    </Box>
  )
}
