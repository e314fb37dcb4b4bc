import { PasswordInput, type PasswordInputProps } from '@mantine/core'

/**
 * Mantine's PasswordInput shows an error but, unlike TextInput, does not mark its inner input aria-invalid;
 * screen readers (and tests that read the page as they do) need it.
 */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput aria-invalid={Boolean(props.error)} {...props} />
}
