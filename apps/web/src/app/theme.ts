import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's light variant puts shade 9 on shade 1, which is under the WCAG AA 4.5:1 ratio for
 * greens and teals; darkening the text keeps every hue readable, so badges can use any colour.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' || !input.color) return colors;
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  const palette =
    parsed.isThemeColor && parsed.color ? input.theme.colors[parsed.color] : undefined;
  if (!palette) return colors;
  const text = darken(palette[9], 0.3);
  return { ...colors, color: text, hoverColor: text };
};

/** The default dimmed grey and error red are under 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

/** Names for Mantine's icon-only close buttons, in the active language. */
export interface ThemeLabels {
  closeDialog: string;
  closeNotification: string;
}

export const createClinicTheme = (labels: ThemeLabels) =>
  createTheme({
    primaryColor: 'blue',
    // Shade 8 is the lightest blue and red on which white button text passes WCAG AA.
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'md',
    variantColorResolver,
    components: {
      Badge: { defaultProps: { variant: 'light' } },
      // Named, the variant routes the selected menu item's colours through the resolver above;
      // Mantine's own blue text is under 4.5:1 on that item's hover shade.
      NavLink: { defaultProps: { variant: 'light' } },
      // Mantine's close buttons are icons without a name of their own.
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': labels.closeDialog } } },
      Notification: {
        defaultProps: { closeButtonProps: { 'aria-label': labels.closeNotification } },
        // Under a title Mantine greys the message to 3.3:1; the message is what matters most.
        styles: { description: { color: 'var(--mantine-color-gray-7)' } },
      },
    },
  });
